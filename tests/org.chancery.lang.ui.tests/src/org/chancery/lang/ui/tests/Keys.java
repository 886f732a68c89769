package org.chancery.lang.ui.tests;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** What a user does with mouse and keyboard, sent to the widgets as SWT events. */
public final class Keys {

	private Keys() {
	}

	/** A left click at an offset of the text (the caret lands there). */
	public static void click(StyledText widget, int offset) {
		Point location = widget.getLocationAtOffset(offset);
		int y = location.y + widget.getLineHeight(offset) / 2;
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.count = 1;
			event.x = location.x + 1;
			event.y = y;
			widget.notifyListeners(type, event);
		}
	}

	/** Runs a workbench command the way its key binding does (in the active part's context). */
	public static Object command(String id) throws Exception {
		return command(id, Map.of());
	}

	public static Object command(String id, Map<String, String> parameters) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(id), parameters);
		return handlers.executeCommand(command, null);
	}
}

package org.chancery.lang.ui.navigation;

import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.internal.ChanceryUiActivator;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.handlers.HandlerUtil;

/** F3: opens the declaration of the element at the caret. */
public class OpenDeclarationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor && editor.getEditorResource() != null) {
			List<? extends Location> targets = ChanceryUiActivator.getDefault().getInjector().getInstance(Definitions.class)
					.at(editor.getEditorResource(), editor.getDocument().get(), editor.getCaretOffset());
			if (!targets.isEmpty()) {
				LocationOpener.open(targets.get(0));
			}
		}
		return null;
	}
}

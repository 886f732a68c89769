package org.chancery.lang.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Keys;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+O shows the document's symbols over the editor; typing filters them, Enter jumps. */
class QuickOutlineTest {

	@AfterEach
	void closeEditors() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData(QuickOutline.KEY) != null) {
				shell.close();
			}
		}
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void typingFiltersAndEnterJumpsToTheSymbol() throws Exception {
		ChanceryEditor editor = Editors.open(ExampleProjects.get("quick-outline").getFile("wilson-center-xinjiang.chancery"));
		editor.getViewer().setSelectedRange(0, 0);

		Keys.command("org.chancery.lang.ui.quickOutline");
		QuickOutline outline = open();
		assertEquals(ALL_SYMBOLS, outline.visibleLabels());
		assertTrue(outline.filterField().isFocusControl(), "the filter has the focus, to type at once");

		outline.filterField().setText("molotov to");
		assertEquals(FILTERED, outline.visibleLabels());

		outline.filterField().notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.processEvents();

		int name = editor.getDocument().get().indexOf("1942-07-03-molotov-to-sheng {");
		assertEquals(new org.eclipse.swt.graphics.Point(name, "1942-07-03-molotov-to-sheng".length()),
				editor.getViewer().getSelectedRange(), "the caret on the document's id");
		assertTrue(Arrays.stream(Display.getCurrent().getShells()).noneMatch(shell -> shell.getData(QuickOutline.KEY) != null),
				"the popup closed");
	}

	private static final List<String> ALL_SYMBOLS = List.of("TODO");

	private static final List<String> FILTERED = List.of("TODO");

	private static QuickOutline open() {
		QuickOutline[] found = new QuickOutline[1];
		Workbench.waitUntil("the quick outline", () -> {
			for (Shell shell : Display.getCurrent().getShells()) {
				if (shell.getData(QuickOutline.KEY) instanceof QuickOutline outline && shell.isVisible()) {
					found[0] = outline;
				}
			}
			return found[0] != null;
		});
		return found[0];
	}
}

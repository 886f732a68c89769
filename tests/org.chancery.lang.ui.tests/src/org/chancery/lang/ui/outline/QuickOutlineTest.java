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
		assertEquals(DOCUMENTS, outline.topLevelLabels());
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

	private static final List<String> DOCUMENTS = List.of(
			"Record of a Conversation between Soviet Ambassador in China A. A. Petrov and General Zhang Zhizhong on 7 January 1947 – conversation, date 1947-01-12, event 1947-01-07",
			"Ciphered Telegram No. 4159 from Filipov [Stalin] to Kovalev – telegram, date 1949-10-14",
			"Letter No. 93 from L.D. Wilgress, Canadian Embassy, Moscow, to the Secretary of State for External Affairs, W.L. Mackenzie King – letter, date 1944-03-23",
			"Record of a Meeting Between T. V. Soong and Stalin – meeting, date 1945-07-09",
			"Letter from Cde. V. M. Molotov to Governor Shicai Sheng – letter, date 1942-07-03",
			"Letter from Governor Shicai Sheng to Cdes. Stalin, Molotov, and Voroshilov – letter, date 1942-05-10",
			"Telegram from Cdes. Stalin, Molotov, and Voroshilov to G. Apresov, Consul General in Urumqi – telegram, undated",
			"Excerpt on Xinjiang from Minutes No. 21 of the VKP(b) CC Politburo Meetings – minutes, date 1940-10-26",
			"Concerning Soviet Trade with Xinjiang – decision, date 1936-06-17",
			"Excerpt on Xinjiang from Minutes No. 42 of the VKP(b) CC Politburo Meetings – minutes, date 1935-07-16",
			"Telegram from G. Apresov reporting on Sheng Shicai and the Sovietization of Xinjiang – telegram, undated");

	/** The matching letter, and its title (under "metadata", shown as the way to it). */
	private static final List<String> FILTERED = List.of("Letter from Cde. V. M. Molotov to Governor Shicai Sheng – letter, date 1942-07-03",
			"metadata", "title \"Letter from Cde. V. M. Molotov to Governor Shicai Sheng\"");

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

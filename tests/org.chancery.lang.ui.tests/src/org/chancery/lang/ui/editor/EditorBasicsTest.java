package org.chancery.lang.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Keys;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.IMenuService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a prose editor needs from the first minute: wrapping, margins, indentation, comments, menus. */
class EditorBasicsTest {

	private static final String LETTER = """
			letter 1950-04-04-basics {
			  title "Basics"
			  from stalin
			  to molotov
			  date 1950-04-04
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void longLinesWrapAndTheTextKeepsClearOfTheLineNumbers() throws Exception {
		ChanceryEditor editor = Editors.open(ExampleProjects.get("basics-wrap").getFile("refugee-massacre-1917.chancery"));
		StyledText widget = editor.getViewer().getTextWidget();

		assertTrue(widget.getWordWrap(), "word wrap is on by default for transcriptions");
		assertTrue(widget.getLeftMargin() >= 4, "a margin between the line numbers and the text");
		assertTrue(editor.isLineNumberRulerVisible(), "line numbers are shown");
	}

	@Test
	void enterAfterABraceIndentsOneLevelMore() throws Exception {
		ChanceryEditor editor = open("basics-indent");
		StyledText widget = editor.getViewer().getTextWidget();
		int end = Editors.offsetOf(editor, "date 1950-04-04", 0) + "date 1950-04-04".length();
		widget.setSelection(end);
		type(widget, "\ntext {");
		type(widget, "\r");

		assertTrue(editor.getDocument().get().contains("  date 1950-04-04\n  text {\n    \n}"), editor.getDocument().get());
		assertEquals(editor.getDocument().get().indexOf("text {\n    ") + "text {\n    ".length(), widget.getCaretOffset());
	}

	@Test
	void ctrlSlashTogglesLineComments() throws Exception {
		ChanceryEditor editor = open("basics-comment");
		int start = Editors.offsetOf(editor, "  from stalin", 0);
		int end = Editors.offsetOf(editor, "  date", 0);
		editor.selectAndReveal(start, end - start);

		Keys.command("org.chancery.lang.ui.toggleComment");
		assertTrue(editor.getDocument().get().contains("//   from stalin\n//   to molotov\n  date"), editor.getDocument().get());

		Keys.command("org.chancery.lang.ui.toggleComment");
		assertEquals(LETTER, editor.getDocument().get());
	}

	@Test
	void theEditorsCommandsAreInTheEditAndNavigateMenus() throws Exception {
		open("basics-menus");
		IMenuService menus = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IMenuService.class);
		MenuManager edit = new MenuManager();
		menus.populateContributionManager(edit, "menu:edit?after=additions");
		MenuManager navigate = new MenuManager();
		menus.populateContributionManager(navigate, "menu:navigate?after=additions");
		try {
			assertNotNull(edit.find("org.chancery.lang.ui.menu.contentAssist"), "Edit › Content Assist");
			assertNotNull(edit.find("org.chancery.lang.ui.menu.quickFix"), "Edit › Quick Fix");
			assertNotNull(edit.find("org.chancery.lang.ui.menu.toggleComment"), "Edit › Toggle Comment");
			assertNotNull(navigate.find("org.chancery.lang.ui.menu.openDeclaration"), "Navigate › Open Declaration");
			assertNotNull(navigate.find("org.chancery.lang.ui.menu.findReferences"), "Navigate › Find References");
		} finally {
			menus.releaseContributions(edit);
			menus.releaseContributions(navigate);
		}
	}

	private static ChanceryEditor open(String projectName) throws Exception {
		IProject project = ExampleProjects.get(projectName);
		IFile file = project.getFile("basics.chancery");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return Editors.open(file);
	}

	/** Types the characters as key presses into the widget. */
	private static void type(StyledText widget, String text) {
		for (char c : text.toCharArray()) {
			Event event = new Event();
			event.character = c == '\n' ? SWT.CR : c;
			event.keyCode = c == '\n' || c == '\r' ? SWT.CR : c;
			widget.notifyListeners(SWT.KeyDown, event);
			widget.notifyListeners(SWT.KeyUp, event);
		}
	}
}

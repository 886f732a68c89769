package org.chancery.lang.ui.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+click on a mention's id opens the register file at the entry. */
class HyperlinkTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void mentionLinksToTheEntryInTheRegisterFile() throws Exception {
		IProject project = ExampleProjects.get("navigation");
		ChanceryEditor editor = Editors.open(project.getFile("refugee-massacre-1917.chancery"));
		int idStart = Editors.offsetOf(editor, "<yang-zengxin|", 0) + 1;

		DefinitionHyperlinkDetector detector = new DefinitionHyperlinkDetector(
				org.chancery.lang.ui.tests.Services.get(Definitions.class), editor::getEditorResource);
		IHyperlink[] links = detector.detectHyperlinks(editor.getViewer(), new Region(idStart + 3, 0), false);

		assertEquals(1, links.length);
		assertEquals(new Region(idStart, "yang-zengxin".length()), links[0].getHyperlinkRegion());
		links[0].open();
		Workbench.processEvents();

		IEditorPart active = Workbench.page().getActiveEditor();
		IFile file = ResourceUtil.getFile(active.getEditorInput());
		assertEquals("/navigation/registers/persons.chancery", file.getFullPath().toString());
		ITextSelection selection = (ITextSelection) ((ITextEditor) active).getSelectionProvider().getSelection();
		assertEquals("yang-zengxin", selection.getText());
		assertEquals(((ChanceryEditor) active).getDocument().get().indexOf("person yang-zengxin") + "person ".length(),
				selection.getOffset());
	}
}

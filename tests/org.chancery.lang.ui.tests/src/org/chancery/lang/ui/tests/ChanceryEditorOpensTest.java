package org.chancery.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workbench starts and opens a .chancery file in Chancery's editor. */
class ChanceryEditorOpensTest {

	private static final String LETTER = """
			letter 1942-07-03-molotov-to-sheng {
			  title "Letter from Cde. V. M. Molotov to Governor Shicai Sheng"
			  date 1942-07-03
			}
			""";

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void chanceryFileOpensInChanceryEditor() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-opens");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("letter.chancery");
		file.create(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)), true, null);

		assertNotNull(Display.getCurrent(), "runs on the UI thread");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = IDE.openEditor(page, file);

		ChanceryEditor chanceryEditor = assertInstanceOf(ChanceryEditor.class, editor);
		assertEquals(ChanceryEditor.ID, chanceryEditor.getSite().getId());
		assertEquals(LETTER, chanceryEditor.getDocument().get());
	}
}

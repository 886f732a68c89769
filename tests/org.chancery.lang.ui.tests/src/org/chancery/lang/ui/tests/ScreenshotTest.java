package org.chancery.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.registers.RegisterView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the editor with the Outline and Register views, written to this module's
 * target/screenshots/ (a build must not change committed files); docs/images/ holds a copy.
 */
class ScreenshotTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void editorWithOutlineAndRegister() throws Exception {
		// one corpus in the picture: other tests' projects are re-created by those tests when needed
		for (IProject other : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!other.getName().equals("screenshots")) {
				ExampleProjects.delete(other.getName());
			}
		}
		IProject project = ExampleProjects.get("screenshots");
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		RegisterView register = (RegisterView) Workbench.page().showView(RegisterView.ID);
		ChanceryEditor editor = Editors.open(project.getFile("refugee-massacre-1917.chancery"));
		Workbench.waitUntil("the outline", () -> editor.getOutlinePage() != null && !editor.getOutlinePage().getSymbols().isEmpty());
		register.setFilter("");
		register.scheduleRefresh();
		Workbench.waitForJobs(RegisterView.FAMILY);
		Workbench.waitUntil("the register", () -> !register.visibleEntries().isEmpty());
		editor.selectAndReveal(Editors.offsetOf(editor, "<yang-zengxin|", 1), 0);
		Workbench.page().activate(editor);
		Shell shell = editor.getSite().getShell();
		shell.setBounds(0, 0, 1280, 1024);
		Workbench.waitUntil("the semantic highlighting", () -> !editor.getSemanticHighlighter().describe().isEmpty()
				|| editor.getReconcilingStrategy().completedReconciles() > 1);
		for (int i = 0; i < 20; i++) {
			Workbench.processEvents();
			Thread.sleep(25);
		}

		Path file = capture(shell, "editor-outline-register.png");
		ImageData saved = new ImageLoader().load(file.toString())[0];
		assertEquals(shell.getBounds().width, saved.width);
		assertTrue(Files.size(file) > 10_000, "a real picture, not a blank");
	}

	static Path capture(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path folder = ExampleProjects.checkoutRoot().resolve("tests/org.chancery.lang.ui.tests/target/screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name);
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}
}

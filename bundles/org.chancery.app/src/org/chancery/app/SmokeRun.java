package org.chancery.app;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * The CI smoke test of the materialised product: opens the example corpus and a document, waits
 * for the editor to settle, saves a screenshot of the window and closes the workbench. Started by
 * `-Dchancery.smoke=screenshot.png`; the exit status of the product says whether it worked.
 */
final class SmokeRun {

	static final String PROPERTY = "chancery.smoke";

	static final String DOCUMENT = "seeds/refugee-massacre-1917.chancery";

	private static final int SETTLE_MILLIS = 3000;

	private final String screenshot;

	SmokeRun(String screenshot) {
		this.screenshot = screenshot;
	}

	void start() {
		try {
			ExampleCorpusImport.run(new NullProgressMonitor());
			ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		} catch (CoreException e) {
			fail("cannot open the example corpus: " + e.getMessage());
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			openDocument();
			display.timerExec(SETTLE_MILLIS, this::screenshotAndClose);
		});
	}

	private void openDocument() {
		IFile file = ExampleCorpusImport.project().getFile(new Path(DOCUMENT));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(page, file);
			page.showView(IPageLayout.ID_OUTLINE);
			page.activate(page.getActiveEditor());
		} catch (PartInitException e) {
			fail("cannot open " + DOCUMENT + ": " + e.getMessage());
		}
	}

	private void screenshotAndClose() {
		try {
			screenshot();
		} catch (RuntimeException e) {
			fail("no screenshot: " + e);
		}
		PlatformUI.getWorkbench().close();
	}

	private void screenshot() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(screenshot, SWT.IMAGE_PNG);
			System.out.println("chancery smoke: editor open on " + DOCUMENT + ", screenshot " + screenshot);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void fail(String message) {
		System.err.println("chancery smoke: " + message);
		System.exit(1);
	}
}

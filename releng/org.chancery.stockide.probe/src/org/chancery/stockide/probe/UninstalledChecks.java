package org.chancery.stockide.probe;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * After the uninstall: no Chancery bundle is left in the running IDE, its editor is no longer
 * registered, and the workspace that held a transcription project still opens.
 */
final class UninstalledChecks {

	private final Report report;

	UninstalledChecks(Report report) {
		this.report = report;
	}

	void run() {
		Bundle self = FrameworkUtil.getBundle(UninstalledChecks.class);
		List<String> left = Arrays.stream(self.getBundleContext().getBundles()).map(Bundle::getSymbolicName)
				.filter(name -> name != null && name.startsWith("org.chancery.") && !name.equals(self.getSymbolicName()))
				.toList();
		report.check(left.isEmpty(), "no Chancery bundle in the running IDE " + left);
		boolean editorGone = Ui.call(() -> PlatformUI.getWorkbench().getEditorRegistry().findEditor(ChanceryIds.EDITOR) == null);
		report.check(editorGone, "the Chancery editor is no longer registered");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ChanceryIds.PROJECT);
		report.check(project.isOpen(), "the transcription project is still in the workspace and open");
		report.check(Ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null), "the workbench window is up");
		new StockIdeChecks(report).run();
	}
}

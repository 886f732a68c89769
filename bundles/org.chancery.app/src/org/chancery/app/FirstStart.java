package org.chancery.app;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * On the research editor's first start, offers to open the example corpus. With the system
 * property {@value SmokeRun#PROPERTY} it runs the smoke test instead (see {@link SmokeRun}).
 */
public class FirstStart implements IStartup {

	private static final String OFFERED = "exampleCorpusOffered";

	private static final String MAXIMISED = "firstWindowMaximised";

	@Override
	public void earlyStartup() {
		if (!isResearchEditor()) {
			return; // installed into another Eclipse: leave its workspace alone
		}
		if (System.getProperty(SmokeRun.PROPERTY) != null) {
			new SmokeRun(System.getProperty(SmokeRun.PROPERTY)).start();
			return;
		}
		Preferences preferences = InstanceScope.INSTANCE.getNode("org.chancery.app");
		if (!preferences.getBoolean(MAXIMISED, false)) {
			// the first window fills the screen: no clipped tab labels; later starts keep the user's size
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setMaximized(true);
				preferences.putBoolean(MAXIMISED, true);
			});
		}
		if (preferences.getBoolean(OFFERED, false) || ExampleCorpusImport.project().exists()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			boolean open = MessageDialog.openQuestion(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					"Welcome to Chancery",
					"Open the example corpus? It holds telegrams of 1917 on a massacre of Kyrgyz refugees, "
							+ "a Wilson Center catalogue on Xinjiang, a manuscript letter of 1893 with its corrections and hands, "
							+ "and their registers of persons, places and organisations.");
			preferences.putBoolean(OFFERED, true);
			try {
				preferences.flush();
			} catch (BackingStoreException e) {
				// asked again next time: harmless
			}
			if (open) {
				Job.create("Opening the example corpus", monitor -> {
					try {
						ExampleCorpusImport.run(monitor);
						return Status.OK_STATUS;
					} catch (CoreException e) {
						return e.getStatus();
					}
				}).schedule();
			}
		});
	}

	private static boolean isResearchEditor() {
		return Platform.getProduct() != null && "org.chancery.app.product".equals(Platform.getProduct().getId());
	}
}

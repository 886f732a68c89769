package org.chancery.lang.ui.export;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Tells the user how an export ended, in the window that started it: a notification naming the
 * count and the folder, the errors that stopped it, or why it failed. A cancelled export says
 * nothing (the user knows).
 */
public class ExportOutcomes extends JobChangeAdapter {

	private final IWorkbenchWindow window;

	public ExportOutcomes(IWorkbenchWindow window) {
		this.window = window;
	}

	@Override
	public void done(IJobChangeEvent event) {
		IStatus result = event.getResult();
		Display display = window.getShell() == null ? null : window.getShell().getDisplay();
		if (display == null || display.isDisposed() || result.getSeverity() == IStatus.CANCEL) {
			return;
		}
		display.asyncExec(() -> tell(result));
	}

	private void tell(IStatus result) {
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		if (result instanceof ExportResult exported) {
			new ExportNotification(window, exported).open();
		} else if (result instanceof ExportRefusal refusal) {
			new ExportRefusedDialog(window, refusal).open();
		} else if (result.getSeverity() == IStatus.ERROR) {
			MessageDialog dialog = new MessageDialog(window.getShell(), "Export failed", null, result.getMessage(),
					MessageDialog.ERROR, 0, "Close");
			dialog.setBlockOnOpen(false);
			dialog.open();
		}
	}
}

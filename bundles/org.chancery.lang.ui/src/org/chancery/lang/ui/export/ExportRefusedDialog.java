package org.chancery.lang.ui.export;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * "3 errors stop the export: …": the first errors of a refused export, with a button that opens
 * the Problems view, where all of them are. It does not block: the user may keep it open while
 * fixing.
 */
public class ExportRefusedDialog extends MessageDialog {

	/** The dialog's title, also how tests find its shell. */
	public static final String TITLE = "Export refused";

	public static final String OPEN_PROBLEMS = "Open Problems View";

	private final IWorkbenchWindow window;

	public ExportRefusedDialog(IWorkbenchWindow window, ExportRefusal refusal) {
		super(window.getShell(), TITLE, null, refusal.explanation(), MessageDialog.ERROR, 0, OPEN_PROBLEMS, "Close");
		this.window = window;
		setBlockOnOpen(false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == 0) {
			try {
				window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
			} catch (PartInitException e) {
				// the view cannot open; the dialog still closes
			}
		}
		super.buttonPressed(buttonId);
	}
}

package org.chancery.lang.ui.export;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * A small popup in the bottom right corner of the window after an export: "12 TEI files exported
 * to /corpus/export/tei", with a link that selects the folder in the Project Explorer. It takes no
 * focus, and closes by itself after a while or when clicked away.
 */
public class ExportNotification {

	/** The popup's title, also how tests find its shell. */
	public static final String TITLE = "Export finished";

	public static final String SHOW_FOLDER = "Show the folder";

	private static final int VISIBLE_MS = 10_000;

	private static final int MARGIN = 12;

	private final IWorkbenchWindow window;

	private final ExportResult result;

	public ExportNotification(IWorkbenchWindow window, ExportResult result) {
		this.window = window;
		this.result = result;
	}

	public Shell open() {
		Shell parent = window.getShell();
		Shell shell = new Shell(parent, SWT.TOOL | SWT.ON_TOP | SWT.CLOSE | SWT.TITLE);
		shell.setText(TITLE);
		shell.setLayout(new GridLayout(1, false));
		Label message = new Label(shell, SWT.WRAP);
		message.setText(result.getMessage());
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Link link = new Link(shell, SWT.NONE);
		link.setText("<a>" + SHOW_FOLDER + "</a>");
		link.addListener(SWT.Selection, event -> {
			BasicNewResourceWizard.selectAndReveal(result.folder(), window);
			shell.close();
		});
		Point size = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Rectangle area = parent.getBounds();
		shell.setBounds(area.x + area.width - size.x - MARGIN, area.y + area.height - size.y - MARGIN, size.x, size.y);
		shell.setVisible(true); // shown without taking the focus from the editor
		shell.getDisplay().timerExec(VISIBLE_MS, () -> {
			if (!shell.isDisposed()) {
				shell.close();
			}
		});
		return shell;
	}
}

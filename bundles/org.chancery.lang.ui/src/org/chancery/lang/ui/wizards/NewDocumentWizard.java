package org.chancery.lang.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** New › Chancery Document: a file with the template of the chosen kind of document. */
public class NewDocumentWizard extends BasicNewResourceWizard {

	private DocumentPage page;

	@Override
	public void init(org.eclipse.ui.IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle("New Chancery Document");
	}

	@Override
	public void addPages() {
		page = new DocumentPage(getSelection());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			// the file exists; the user can open it
		}
		return true;
	}

	/** The file page, with the kind of document. */
	static final class DocumentPage extends WizardNewFileCreationPage {

		private Combo kind;

		private final List<String> kinds = new ArrayList<>(DocumentTemplates.kinds().keySet());

		DocumentPage(IStructuredSelection selection) {
			super("document", selection);
			setTitle("Chancery document");
			setDescription("A new transcription, from the template of its kind of document.");
			setFileExtension("chancery");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite control = (Composite) getControl();
			Composite row = new Composite(control, SWT.NONE);
			row.setLayout(new GridLayout(2, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(row, SWT.NONE).setText("Kind of document:");
			kind = new Combo(row, SWT.READ_ONLY);
			DocumentTemplates.kinds().values().forEach(kind::add);
			kind.select(0);
		}

		@Override
		protected InputStream getInitialContents() {
			String name = getFileName().replaceFirst("\\.chancery$", "");
			String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
			String chosen = kind == null ? "telegram" : kinds.get(Math.max(0, kind.getSelectionIndex()));
			return new ByteArrayInputStream(DocumentTemplates.forKind(chosen, id.isEmpty() ? "new-document" : id)
					.getBytes(StandardCharsets.UTF_8));
		}
	}
}

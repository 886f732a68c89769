package org.chancery.lang.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ui.builder.CorpusIndexes;
import org.chancery.lang.ui.editor.ChanceryEditor;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File › New › Chancery Document: a file with the template of the chosen kind of document, in the
 * project's document folder (not its registers), opened in linked mode.
 */
public class NewDocumentWizard extends BasicNewResourceWizard {

	/** The wizard's id in plugin.xml (and in the perspectives' File › New shortcuts). */
	public static final String ID = "org.chancery.lang.ui.wizards.NewDocumentWizard";

	private DocumentPage page;

	@Override
	public void init(org.eclipse.ui.IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, documentFolder(selection));
		setWindowTitle("New Chancery Document");
	}

	/** The selection the page starts from: a folder for documents, whatever was selected in the project. */
	private static IStructuredSelection documentFolder(IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = Adapters.adapt(first, IResource.class);
		if (resource == null || resource.getProject() == null) {
			return selection == null ? StructuredSelection.EMPTY : selection;
		}
		IContainer selected = resource instanceof IContainer container && !(resource instanceof IProject) ? container
				: resource instanceof IFile file ? file.getParent() : null;
		return new StructuredSelection(DocumentFolders.forNewDocument(resource.getProject(), selected));
	}

	@Override
	public void addPages() {
		page = new DocumentPage(getSelection());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		DocumentTemplates.Template template = page.template();
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IEditorPart editor = IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
			if (editor instanceof ChanceryEditor chancery) {
				TemplateLinkedMode.enter(chancery, template);
			}
		} catch (PartInitException e) {
			// the file exists; the user can open it
		}
		return true;
	}

	/** The file page, with the kind of document. */
	public static final class DocumentPage extends WizardNewFileCreationPage {

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

		/** Chooses the kind of document (the combo's keyword, e.g. "letter"). */
		public void setKind(String keyword) {
			kind.select(kinds.indexOf(keyword));
		}

		@Override
		protected InputStream getInitialContents() {
			return new ByteArrayInputStream(template().text().getBytes(StandardCharsets.UTF_8));
		}

		/** The chosen kind's template, with the file name as id and ids of the project's corpus. */
		DocumentTemplates.Template template() {
			String name = getFileName().replaceFirst("\\.chancery$", "");
			String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
			String chosen = kind == null ? "telegram" : kinds.get(Math.max(0, kind.getSelectionIndex()));
			return DocumentTemplates.template(chosen, id.isEmpty() ? "new-document" : id, ids());
		}

		private TemplateIds ids() {
			IProject project = getContainerFullPath() == null || getContainerFullPath().segmentCount() == 0 ? null
					: ResourcesPlugin.getWorkspace().getRoot().getProject(getContainerFullPath().segment(0));
			if (project == null || !project.isAccessible() || !CorpusIndexes.of(project).isBuilt()) {
				return TemplateIds.PLACEHOLDERS;
			}
			return TemplateIds.of(CorpusIndexes.of(project).snapshot());
		}
	}
}

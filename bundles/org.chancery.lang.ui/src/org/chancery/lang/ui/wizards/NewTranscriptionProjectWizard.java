package org.chancery.lang.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** New › Transcription Project: a project with the Chancery nature and empty registers. */
public class NewTranscriptionProjectWizard extends BasicNewResourceWizard {

	private WizardNewProjectCreationPage page;

	@Override
	public void addPages() {
		setWindowTitle("New Transcription Project");
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("Transcription project");
		page.setDescription("A corpus of transcriptions with its registers of persons, places and organisations.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					TranscriptionProjects.create(project, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New Transcription Project", e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		selectAndReveal(project);
		return true;
	}
}

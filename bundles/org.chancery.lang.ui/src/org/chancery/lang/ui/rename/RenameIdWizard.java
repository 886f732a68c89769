package org.chancery.lang.ui.rename;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Platform's refactoring wizard for a rename: the new id (checked as typed), then the preview. */
public class RenameIdWizard extends RefactoringWizard {

	public RenameIdWizard(RenameIdRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(refactoring.getName());
		setWindowTitle("Rename");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NewIdPage((RenameIdRefactoring) getRefactoring()));
	}

	/** One text field, filled with the current id and selected. */
	static final class NewIdPage extends UserInputWizardPage {

		private final RenameIdRefactoring refactoring;

		NewIdPage(RenameIdRefactoring refactoring) {
			super("NewIdPage");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("New id:");
			Text field = new Text(composite, SWT.BORDER | SWT.SINGLE);
			field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			field.setText(refactoring.currentId());
			field.selectAll();
			field.addModifyListener(event -> validate(field.getText().strip()));
			setControl(composite);
			setTitle(refactoring.getName());
			setPageComplete(false);
			setMessage("Every reference in the corpus changes with it, also in open editors.");
		}

		private void validate(String newId) {
			String refusal = refactoring.refusalOf(newId);
			setErrorMessage(refusal);
			setPageComplete(refusal == null);
			refactoring.setNewId(newId);
		}
	}
}

package org.chancery.lang.ui.preferences;

import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;

import com.google.inject.Inject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Severity of the configurable issues; a change rebuilds the workspace so markers follow. */
public class ValidationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The choices; the first says what the default is ("default: warning"). */
	static String[][] severities(String issueCode) {
		String standard = IssueDefaults.of(issueCode);
		return new String[][] { { standard == null ? "default" : "default: " + standard, SeverityPreferences.DEFAULT },
				{ "error", "error" }, { "warning", "warning" }, { "info", "info" }, { "ignore", "ignore" } };
	}

	@Inject
	private IPreferenceStore store;

	public ValidationPreferencePage() {
		super(GRID);
		setDescription("How serious each of these findings is for your project:");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		for (Map.Entry<String, String> issue : ConfigurableIssues.labelsByCode().entrySet()) {
			addField(new ComboFieldEditor(SeverityPreferences.key(issue.getKey()), issue.getValue(), severities(issue.getKey()),
					getFieldEditorParent()));
		}
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		WorkspaceJob rebuild = new WorkspaceJob("Re-checking the corpus") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.CLEAN_BUILD, monitor);
				ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, monitor);
				return Status.OK_STATUS;
			}
		};
		rebuild.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		rebuild.schedule();
		return ok;
	}
}

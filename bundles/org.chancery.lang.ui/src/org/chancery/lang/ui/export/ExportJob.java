package org.chancery.lang.ui.export;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * An export in the background, with progress (in the Progress view) and cancellation. It ends
 * with an {@link ExportResult}, an {@link ExportRefusal} (errors in the corpus) or another error
 * status; {@link ExportOutcomes} tells the user.
 */
public class ExportJob extends Job {

	/** The family of all export jobs (tests and shutdown wait for it). */
	public static final Object FAMILY = ExportJob.class;

	private final TranscriptionExporter exporter;

	private final ExportRequest request;

	public ExportJob(TranscriptionExporter exporter, ExportRequest request) {
		super("Export " + request.project().getName() + " to " + request.format().toUpperCase());
		this.exporter = exporter;
		this.request = request;
		setUser(true);
		setRule(request.project());
		// the outcome is told by ExportOutcomes (a notification, or the errors that stopped it), not by the workbench's error dialog
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			int files = exporter.export(request, progress.split(9));
			request.project().refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			return new ExportResult(files, request.format(), workspaceFolder());
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** The export folder as the workspace names it. */
	public IFolder workspaceFolder() {
		IPath location = request.project().getLocation();
		return request.project().getFolder(
				IPath.fromFile(request.folder().toFile()).makeRelativeTo(location));
	}

	public ExportRequest request() {
		return request;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}

package org.chancery.lang.ui.export;

import org.chancery.lang.ui.ChanceryUi;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * An export in the background, with progress and cancellation. A refused or failed export ends
 * the job with an error status, which the workbench shows the user.
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
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			int files = exporter.export(request, progress.split(9));
			request.project().refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			return new Status(IStatus.OK, ChanceryUi.PLUGIN_ID,
					files + " files in " + request.folder());
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}

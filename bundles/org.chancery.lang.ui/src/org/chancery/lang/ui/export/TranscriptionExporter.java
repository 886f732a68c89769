package org.chancery.lang.ui.export;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The export engine as the workbench sees it. Implementations write all files or none, report
 * progress on the monitor, stop when it is cancelled, and explain a refusal (a corpus with errors,
 * a folder that cannot be written) in the exception's status message, in words a historian
 * understands.
 */
public interface TranscriptionExporter {

	/** The formats offered, as labels ("tei", "cmif", "xmi"). */
	java.util.List<String> formats();

	/**
	 * Exports the request's documents.
	 *
	 * @return how many files were written
	 * @throws CoreException when the export was refused or failed; nothing was written then
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	int export(ExportRequest request, IProgressMonitor monitor) throws CoreException;
}

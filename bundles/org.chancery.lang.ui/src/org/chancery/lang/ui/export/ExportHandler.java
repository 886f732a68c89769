package org.chancery.lang.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.inject.Inject;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Export to TEI / CMIF / XMI": exports the selected files (or, for a selected project or folder,
 * the whole project) into the project's {@code export/<format>} folder, as a {@link ExportJob}.
 */
public class ExportHandler extends AbstractHandler {

	/** The command parameter naming the format. */
	public static final String FORMAT = "org.chancery.lang.ui.export.format";

	@Inject
	private TranscriptionExporter exporter;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String format = event.getParameter(FORMAT);
		Map<IProject, List<IFile>> byProject = selectedFiles(event);
		if (byProject.isEmpty()) {
			throw new ExecutionException("Select a transcription project or files to export.");
		}
		for (Map.Entry<IProject, List<IFile>> project : byProject.entrySet()) {
			Path folder = project.getKey().getLocation().toFile().toPath().resolve("export").resolve(format == null ? "tei" : format);
			ExportJob job = new ExportJob(exporter,
					new ExportRequest(format == null ? "tei" : format, project.getKey(), project.getValue(), folder));
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			if (window != null) {
				job.addJobChangeListener(new ExportOutcomes(window));
			}
			job.schedule();
		}
		return null;
	}

	private static Map<IProject, List<IFile>> selectedFiles(ExecutionEvent event) throws ExecutionException {
		List<IResource> resources = new ArrayList<>();
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			for (Object element : structured) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					resources.add(resource);
				}
			}
		} else if (HandlerUtil.getActivePart(event) instanceof IEditorPart editor) {
			IEditorInput input = editor.getEditorInput();
			IFile file = Adapters.adapt(input, IFile.class);
			if (file != null) {
				resources.add(file);
			}
		}
		Map<IProject, List<IFile>> byProject = new LinkedHashMap<>();
		try {
			for (IResource resource : resources) {
				List<IFile> files = byProject.computeIfAbsent(resource.getProject(), p -> new ArrayList<>());
				resource.accept(member -> {
					if (member instanceof IFile file && "chancery".equals(file.getFileExtension())
							&& !file.getProjectRelativePath().segment(0).equals("export")) {
						files.add(file);
					}
					return true;
				});
			}
		} catch (CoreException e) {
			throw new ExecutionException("Cannot read the selection", e);
		}
		return byProject;
	}
}

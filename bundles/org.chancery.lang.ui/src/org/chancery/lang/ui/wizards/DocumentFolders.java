package org.chancery.lang.ui.wizards;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * Where a new document goes: the folder of the project that holds most of its transcriptions
 * (the project itself when it holds none), never the registers or an export.
 */
public final class DocumentFolders {

	/** The folders whose files are not transcriptions of documents. */
	private static final java.util.Set<String> NOT_DOCUMENTS = java.util.Set.of("registers", "export");

	private DocumentFolders() {
	}

	/** The folder for a new document, given the container the user had selected (or null). */
	public static IContainer forNewDocument(IProject project, IContainer selected) {
		if (selected != null && selected.getProject().equals(project) && !isRegisterOrExport(selected)) {
			return selected;
		}
		return of(project);
	}

	/** The folder holding most of the project's documents. */
	public static IContainer of(IProject project) {
		Map<IContainer, Integer> documents = new HashMap<>();
		try {
			project.accept(resource -> {
				if (resource instanceof IContainer container) {
					return container instanceof IProject || !isRegisterOrExport(container);
				}
				if (resource instanceof IFile file && "chancery".equals(file.getFileExtension())) {
					documents.merge(file.getParent(), 1, Integer::sum);
				}
				return false;
			});
		} catch (CoreException e) {
			return project; // an unreadable project: its root
		}
		return documents.entrySet().stream()
				.max(Map.Entry.<IContainer, Integer>comparingByValue()
						.thenComparing(entry -> -entry.getKey().getFullPath().segmentCount()))
				.<IContainer>map(Map.Entry::getKey).orElse(project);
	}

	/** Whether the resource is in (or is) a registers or export folder, at any depth ("seeds/registers"). */
	private static boolean isRegisterOrExport(IResource resource) {
		for (String segment : resource.getProjectRelativePath().segments()) {
			if (NOT_DOCUMENTS.contains(segment)) {
				return true;
			}
		}
		return false;
	}
}

package org.chancery.lang.ui.builder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.FileExtensionProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The workspace builder of projects with the {@link ChanceryNature}: keeps the project's
 * {@link CorpusIndex} current as files are added, changed, renamed or deleted, and the Problems
 * view's markers with it.
 */
public class CorpusBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.chancery.lang.ui.builder";

	@Inject
	private Provider<CorpusBuild> builds;

	@Inject
	private FileExtensionProvider extensions;

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		boolean full = delta == null || !CorpusIndexes.of(project).isBuilt();
		List<IFile> changed = new ArrayList<>();
		Set<URI> removed = new HashSet<>();
		if (full) {
			project.accept(resource -> {
				if (isLanguageFile(resource)) {
					changed.add((IFile) resource);
				}
				return true;
			});
		} else {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (isLanguageFile(resource)) {
					if (child.getKind() == IResourceDelta.REMOVED) {
						removed.add(WorkspaceUris.of(resource));
					} else if (child.getKind() == IResourceDelta.ADDED
							|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
						changed.add((IFile) resource);
					}
				}
				return true;
			});
		}
		if (full || !changed.isEmpty() || !removed.isEmpty()) {
			builds.get().run(project, changed, removed, full, monitor);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		CorpusIndexes.forget(getProject());
	}

	private boolean isLanguageFile(IResource resource) {
		if (resource.getType() != IResource.FILE || resource.isDerived() || resource.isPhantom()) {
			return false;
		}
		return extensions.isValid(resource.getFileExtension());
	}
}

package org.chancery.lang.ui.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * One build of a project's corpus, in Xtext's two phases: first the names every changed file
 * exports (no linking needed), so that the second phase — full descriptions with references, and
 * validation — resolves against the new state of all files. Files affected by the change are
 * validated again too.
 */
public class CorpusBuild {

	@Inject
	private CorpusResourceSets resourceSets;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private IResourceValidator validator;

	@Inject
	private AffectedFiles affectedFiles;

	/**
	 * Builds the given changes and publishes the new index.
	 *
	 * @param full whether {@code changed} is the whole corpus (then the index starts empty)
	 */
	public void run(IProject project, Collection<IFile> changed, Collection<URI> removed, boolean full,
			IProgressMonitor monitor) throws CoreException {
		CorpusIndex index = CorpusIndexes.of(project);
		ResourceDescriptionsData before = index.snapshot();
		SubMonitor progress = SubMonitor.convert(monitor, "Building " + project.getName(), 3 * changed.size() + 10);

		ResourceDescriptionsData next = full ? new ResourceDescriptionsData(List.of()) : before.copy();
		removed.forEach(next::removeDescription);
		// phase 1: exported names, in a resource set that links nothing
		XtextResourceSet namesOnly = resourceSets.forBuild(project, next);
		Map<URI, IFile> files = new HashMap<>();
		for (IFile file : changed) {
			checkCanceled(progress);
			progress.subTask("Indexing " + file.getFullPath());
			URI uri = WorkspaceUris.of(file);
			files.put(uri, file);
			Resource resource = load(namesOnly, uri);
			if (resource != null) {
				next.addDescription(uri, ExportedNames.copyOf(descriptionManager.getResourceDescription(resource)));
				resource.unload();
				namesOnly.getResources().remove(resource);
			}
			progress.worked(1);
		}

		List<Delta> deltas = new ArrayList<>();
		for (URI uri : removed) {
			IResourceDescription old = before.getResourceDescription(uri);
			if (old != null) {
				deltas.add(new DefaultResourceDescriptionDelta(old, null));
			}
		}
		for (URI uri : files.keySet()) {
			deltas.add(new DefaultResourceDescriptionDelta(full ? null : before.getResourceDescription(uri),
					next.getResourceDescription(uri)));
		}
		// phase 2: references and validation against the new names, in a fresh resource set
		XtextResourceSet resourceSet = resourceSets.forBuild(project, next);
		Set<URI> toValidate = new LinkedHashSet<>(files.keySet());
		if (!full) {
			// the index as the resource set sees it: the container manager needs its project chunk
			toValidate.addAll(affectedFiles.of(deltas, ChunkedResourceDescriptions.findInEmfObject(resourceSet),
					new HashSet<>(files.keySet())));
		}
		progress.setWorkRemaining(2 * toValidate.size() + 1);
		List<IResourceDescription> published = new ArrayList<>();
		for (URI uri : toValidate) {
			checkCanceled(progress);
			IFile file = files.computeIfAbsent(uri, u -> WorkspaceUris.fileOf(u).orElse(null));
			if (file == null || !file.exists()) {
				continue;
			}
			progress.subTask("Checking " + file.getFullPath());
			Resource resource = load(resourceSet, uri);
			if (resource == null) {
				continue;
			}
			IResourceDescription description = SerializableResourceDescription
					.createCopy(descriptionManager.getResourceDescription(resource));
			next.addDescription(uri, description);
			published.add(description);
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancelIndicator(progress));
			ProblemMarkers.replace(file, issues);
			progress.worked(2);
		}
		index.publish(full ? allOf(next) : published, removed, full);
	}

	private static Collection<IResourceDescription> allOf(ResourceDescriptionsData data) {
		List<IResourceDescription> all = new ArrayList<>();
		data.getAllResourceDescriptions().forEach(all::add);
		return all;
	}

	private static Resource load(XtextResourceSet resourceSet, URI uri) {
		try {
			return resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			// a file deleted or unreadable since the delta was computed: the next build sees it
			return null;
		}
	}

	private static CancelIndicator cancelIndicator(IProgressMonitor monitor) {
		return monitor::isCanceled;
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}

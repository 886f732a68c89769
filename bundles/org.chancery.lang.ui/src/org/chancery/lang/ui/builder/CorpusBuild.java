package org.chancery.lang.ui.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * One build of a project's corpus, in three phases: first the names every changed file exports
 * (no linking needed); then the references of the changed files (and of those linking to a changed
 * name), resolved against the new names; then validation, once every reference is in the index.
 * Checks that read the index (an entry nothing refers to) so see the same corpus as the command
 * line, whatever order the files come in. Files whose entries gained or lost a reference are
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

	@Inject
	private ProblemMarkers problemMarkers;

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
		// phase 2: references of the changed files (and of files linking to a changed name), resolved
		// against the new names: every reference is in the index before anything is validated
		XtextResourceSet resourceSet = resourceSets.forBuild(project, next);
		Set<URI> toDescribe = new LinkedHashSet<>(files.keySet());
		if (!full) {
			// the index as the resource set sees it: the container manager needs its project chunk
			toDescribe.addAll(affectedFiles.of(deltas, ChunkedResourceDescriptions.findInEmfObject(resourceSet),
					new HashSet<>(files.keySet())));
		}
		progress.setWorkRemaining(3 * toDescribe.size() + 1);
		Map<URI, Resource> loaded = new LinkedHashMap<>();
		List<IResourceDescription> published = new ArrayList<>();
		Set<URI> referencesChanged = new HashSet<>();
		for (URI uri : removed) {
			referencesChanged.addAll(ReferenceTargets.changedBetween(before.getResourceDescription(uri), null));
		}
		for (URI uri : toDescribe) {
			checkCanceled(progress);
			IFile file = files.computeIfAbsent(uri, u -> WorkspaceUris.fileOf(u).orElse(null));
			if (file == null || !file.exists()) {
				continue;
			}
			progress.subTask("Linking " + file.getFullPath());
			Resource resource = load(resourceSet, uri);
			if (resource == null) {
				continue;
			}
			loaded.put(uri, resource);
			IResourceDescription description = SerializableResourceDescription
					.createCopy(descriptionManager.getResourceDescription(resource));
			referencesChanged.addAll(ReferenceTargets.changedBetween(full ? null : before.getResourceDescription(uri), description));
			next.addDescription(uri, description);
			published.add(description);
			progress.worked(1);
		}
		// phase 3: validation, of the described files and of the files whose entries gained or lost
		// a reference ("nothing in the corpus refers to …" depends on the references into a file)
		Set<URI> toValidate = new LinkedHashSet<>(loaded.keySet());
		if (!full) {
			// what a file says of a mention depends on its entry's content (names, offices): files
			// referring into a changed file are checked again
			toValidate.addAll(ReferenceTargets.referringTo(next, files.keySet(), removed));
		}
		for (URI target : referencesChanged) {
			if (next.getResourceDescription(target) != null) {
				toValidate.add(target);
			}
		}
		progress.setWorkRemaining(2 * toValidate.size() + 1);
		for (URI uri : toValidate) {
			checkCanceled(progress);
			IFile file = files.computeIfAbsent(uri, u -> WorkspaceUris.fileOf(u).orElse(null));
			if (file == null || !file.exists()) {
				continue;
			}
			progress.subTask("Checking " + file.getFullPath());
			Resource resource = loaded.containsKey(uri) ? loaded.get(uri) : load(resourceSet, uri);
			if (resource == null) {
				continue;
			}
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancelIndicator(progress));
			problemMarkers.replace(file, issues);
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

package org.chancery.lang.ui.builder;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/** The files that a file's references point into, and which of them a change concerns. */
final class ReferenceTargets {

	private ReferenceTargets() {
	}

	/**
	 * The files holding targets of references that one version of a file has and the other has
	 * not: their entries gained or lost a reference.
	 */
	static Set<URI> changedBetween(IResourceDescription before, IResourceDescription after) {
		Set<URI> old = targets(before);
		Set<URI> now = targets(after);
		Set<URI> changed = new HashSet<>(old);
		changed.addAll(now);
		Set<URI> both = new HashSet<>(old);
		both.retainAll(now);
		changed.removeAll(both);
		Set<URI> files = new HashSet<>();
		changed.forEach(target -> files.add(target.trimFragment()));
		if (after != null) {
			files.remove(after.getURI());
		}
		return files;
	}

	/** The files of the index with a reference into one of the given files. */
	static Set<URI> referringTo(ResourceDescriptionsData index, Collection<URI> changed, Collection<URI> removed) {
		Set<URI> targets = new HashSet<>(changed);
		targets.addAll(removed);
		Set<URI> referring = new HashSet<>();
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			if (targets.contains(description.getURI())) {
				continue;
			}
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				URI target = reference.getTargetEObjectUri();
				if (target != null && targets.contains(target.trimFragment())) {
					referring.add(description.getURI());
					break;
				}
			}
		}
		return referring;
	}

	/** The targets (object URIs) of a file's references. */
	private static Set<URI> targets(IResourceDescription description) {
		Set<URI> targets = new HashSet<>();
		if (description != null) {
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				if (reference.getTargetEObjectUri() != null) {
					targets.add(reference.getTargetEObjectUri());
				}
			}
		}
		return targets;
	}
}

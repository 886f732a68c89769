package org.chancery.lang.ui.builder;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;

import com.google.inject.Inject;

/**
 * Which unchanged files must be validated again after some files changed: those the language's
 * description manager says are affected (they refer to a changed name), and those that export a
 * changed name themselves (a duplicate id may have appeared or gone).
 */
public class AffectedFiles {

	@Inject
	private IResourceDescription.Manager descriptionManager;

	public Set<URI> of(Collection<Delta> deltas, IResourceDescriptions index, Set<URI> alreadyBuilt) {
		Set<QualifiedName> changedNames = new HashSet<>();
		for (Delta delta : deltas) {
			addNames(delta.getOld(), changedNames);
			addNames(delta.getNew(), changedNames);
		}
		Set<URI> affected = new HashSet<>();
		for (IResourceDescription candidate : index.getAllResourceDescriptions()) {
			if (alreadyBuilt.contains(candidate.getURI())) {
				continue;
			}
			if (descriptionManager.isAffected(deltas, candidate, index) || exportsAny(candidate, changedNames)) {
				affected.add(candidate.getURI());
			}
		}
		return affected;
	}

	private static void addNames(IResourceDescription description, Set<QualifiedName> names) {
		if (description != null) {
			for (IEObjectDescription exported : description.getExportedObjects()) {
				names.add(exported.getName());
			}
		}
	}

	private static boolean exportsAny(IResourceDescription candidate, Set<QualifiedName> names) {
		for (IEObjectDescription exported : candidate.getExportedObjects()) {
			if (names.contains(exported.getName())) {
				return true;
			}
		}
		return false;
	}
}

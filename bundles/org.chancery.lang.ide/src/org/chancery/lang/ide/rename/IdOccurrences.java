package org.chancery.lang.ide.rename;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chancery.lang.chancery.ChanceryPackage;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.ReferenceAcceptor;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every place in the corpus where an id is written: its declaration and each reference to it,
 * ordered by file and position. What a rename replaces.
 */
public class IdOccurrences {

	@Inject
	private IReferenceFinder finder;

	@Inject
	private Provider<TargetURIs> targetUris;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private IResourceServiceProvider.Registry services;

	/**
	 * @param access reads the files of the corpus (in the resource set whose index is {@code index})
	 */
	public List<Location> of(URI element, IReferenceFinder.IResourceAccess access, IResourceDescriptions index) {
		Set<Location> found = new LinkedHashSet<>();
		access.readOnly(element, resourceSet -> {
			EObject declared = resourceSet.getEObject(element, true);
			if (declared != null) {
				found.add(documents.newLocation(declared, ChanceryPackage.Literals.REFERABLE__NAME, -1));
			}
			return null;
		});
		TargetURIs targets = targetUris.get();
		targets.addURI(element);
		List<IReferenceDescription> references = new ArrayList<>();
		finder.findAllReferences(targets, access, index, new ReferenceAcceptor(services, references::add), new NullProgressMonitor());
		for (IReferenceDescription reference : references) {
			access.readOnly(reference.getSourceEObjectUri(), resourceSet -> {
				EObject source = resourceSet.getEObject(reference.getSourceEObjectUri(), true);
				if (source != null) {
					found.add(documents.newLocation(source, reference.getEReference(), reference.getIndexInList()));
				}
				return null;
			});
		}
		List<Location> ordered = new ArrayList<>(found);
		ordered.sort(Comparator.comparing(Location::getUri)
				.thenComparingInt((Location l) -> l.getRange().getStart().getLine())
				.thenComparingInt(l -> l.getRange().getStart().getCharacter()));
		return ordered;
	}
}

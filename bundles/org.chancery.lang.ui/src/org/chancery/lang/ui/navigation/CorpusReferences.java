package org.chancery.lang.ui.navigation;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ide.rename.ResourceSetReader;
import org.chancery.lang.ui.builder.CorpusIndex;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.ReferenceAcceptor;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The references to an element from every file of a project's corpus, found through the index
 * (no editor needed): the Register view's "Show Mentions".
 */
public class CorpusReferences {

	@Inject
	private IReferenceFinder finder;

	@Inject
	private Provider<TargetURIs> targetUris;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private CorpusResourceSets resourceSets;

	@Inject
	private IResourceServiceProvider.Registry services;

	public List<Location> to(CorpusIndex index, URI target, IProgressMonitor monitor) {
		XtextResourceSet resourceSet = resourceSets.forBuild(index.getProject(), index.snapshot());
		TargetURIs targets = targetUris.get();
		targets.addURI(target);
		List<IReferenceDescription> found = new ArrayList<>();
		finder.findAllReferences(targets, new ResourceSetReader(resourceSet), index.snapshot(),
				new ReferenceAcceptor(services, found::add), monitor);
		List<Location> locations = new ArrayList<>();
		for (IReferenceDescription reference : found) {
			EObject source = resourceSet.getEObject(reference.getSourceEObjectUri(), true);
			if (source != null) {
				locations.add(documents.newLocation(source, reference.getEReference(), reference.getIndexInList()));
			}
		}
		locations.sort((a, b) -> a.getUri().equals(b.getUri())
				? Integer.compare(a.getRange().getStart().getLine(), b.getRange().getStart().getLine())
				: a.getUri().compareTo(b.getUri()));
		return locations;
	}
}

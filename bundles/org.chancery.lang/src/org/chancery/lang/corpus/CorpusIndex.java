package org.chancery.lang.corpus;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The index of a loaded corpus: the names every file exports, looked up by name. Installed on the
 * resource set, it replaces Xtext's default for plain resource sets, which scans every file for
 * every look-up (quadratic in the size of the corpus).
 */
public final class CorpusIndex {

	private final ResourceDescriptionsData data;

	private CorpusIndex(ResourceDescriptionsData data) {
		this.data = data;
	}

	/** Indexes the parsed (not yet linked) resources and installs the index on their resource set. */
	public static CorpusIndex install(ResourceSet resourceSet, Iterable<Resource> resources) {
		ResourceDescriptionsData data = new ResourceDescriptionsData(java.util.List.of());
		CorpusIndex index = new CorpusIndex(data);
		for (Resource resource : resources) {
			index.refresh(resource);
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, data);
		return index;
	}

	/** Re-indexes one file after it changed. */
	public void refresh(Resource resource) {
		IResourceDescription.Manager manager = IResourceServiceProvider.Registry.INSTANCE
				.getResourceServiceProvider(resource.getURI()).getResourceDescriptionManager();
		data.addDescription(resource.getURI(), manager.getResourceDescription(resource));
	}
}

package org.chancery.lang.ui.builder;

import java.util.List;

import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.ProjectDescriptionBasedContainerManager;
import org.eclipse.xtext.resource.containers.StateBasedContainerManager;

import com.google.inject.Inject;

/**
 * Makes a whole project visible to a resource whose resource set carries the project's index
 * (see {@link CorpusResourceSets}); any other resource set keeps the runtime's behaviour (all
 * resources loaded in the set).
 */
public class IndexAwareContainerManager implements IContainer.Manager {

	@Inject
	private ProjectDescriptionBasedContainerManager projectContainers;

	@Inject
	private StateBasedContainerManager resourceSetContainers;

	@Override
	public IContainer getContainer(IResourceDescription description, IResourceDescriptions descriptions) {
		return projectContainers.shouldUseProjectDescriptionBasedContainers(descriptions)
				? projectContainers.getContainer(description, descriptions)
				: resourceSetContainers.getContainer(description, descriptions);
	}

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription description, IResourceDescriptions descriptions) {
		return projectContainers.shouldUseProjectDescriptionBasedContainers(descriptions)
				? projectContainers.getVisibleContainers(description, descriptions)
				: resourceSetContainers.getVisibleContainers(description, descriptions);
	}
}

package org.chancery.lang.ui.builder;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The index of one project's corpus: the resource descriptions (exported names and references) of
 * all its language files, as the {@link CorpusBuilder} last saw them on disk.
 * <p>
 * Readers get an immutable snapshot; the builder publishes a new one on every change (copy on
 * write), so that editors, views and the builder never lock each other.
 */
public final class CorpusIndex {

	private final IProject project;

	private volatile ResourceDescriptionsData snapshot = new ResourceDescriptionsData(List.of());

	private volatile long version;

	private volatile boolean built;

	private final List<Consumer<CorpusIndex>> listeners = new CopyOnWriteArrayList<>();

	CorpusIndex(IProject project) {
		this.project = project;
	}

	public IProject getProject() {
		return project;
	}

	/** The descriptions as of the last build; never modify it. */
	public ResourceDescriptionsData snapshot() {
		return snapshot;
	}

	/** Grows by one with every published change; lets holders of a snapshot see it is stale. */
	public long version() {
		return version;
	}

	/** Whether a full build has filled this index since the workbench started. */
	public boolean isBuilt() {
		return built;
	}

	/** Publishes the new descriptions of changed files and forgets removed ones. */
	void publish(Collection<IResourceDescription> changed, Collection<URI> removed, boolean fullBuild) {
		synchronized (this) {
			ResourceDescriptionsData next = fullBuild ? new ResourceDescriptionsData(List.of()) : snapshot.copy();
			removed.forEach(next::removeDescription);
			changed.forEach(description -> next.addDescription(description.getURI(), description));
			snapshot = next;
			version++;
			built |= fullBuild;
		}
		listeners.forEach(listener -> listener.accept(this));
	}

	/** Called (on the builder's thread) after each published change. */
	public void addListener(Consumer<CorpusIndex> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<CorpusIndex> listener) {
		listeners.remove(listener);
	}
}

package org.chancery.lang.ui.builder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;

/** The corpus index of every project of the workspace, created on first use. */
public final class CorpusIndexes {

	private static final Map<String, CorpusIndex> INDEXES = new ConcurrentHashMap<>();

	private static final CopyOnWriteArrayList<Consumer<CorpusIndex>> LISTENERS = new CopyOnWriteArrayList<>();

	private CorpusIndexes() {
	}

	public static CorpusIndex of(IProject project) {
		return INDEXES.computeIfAbsent(project.getName(), name -> {
			CorpusIndex index = new CorpusIndex(project);
			index.addListener(changed -> LISTENERS.forEach(listener -> listener.accept(changed)));
			return index;
		});
	}

	/** The indexes known so far (projects that were built or opened). */
	public static Iterable<CorpusIndex> all() {
		return INDEXES.values();
	}

	/** Forgets a deleted or closed project's index. */
	static void forget(IProject project) {
		INDEXES.remove(project.getName());
	}

	/** Listens to changes of any project's index (views showing the whole workspace). */
	public static void addListener(Consumer<CorpusIndex> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<CorpusIndex> listener) {
		LISTENERS.remove(listener);
	}
}

package org.chancery.lang.ui.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Singleton;

/**
 * The text of every open Chancery editor, saved or not, with what it exports and refers to: the
 * part of the index that is not on disk yet. Editors see each other through it (as Eclipse's Java
 * editors see each other's working copies): their resource sets read an open file's text from
 * here, and the names and references of open files shadow the builder's index.
 * <p>
 * Every reconcile of an editor publishes its text; when what the text exports or refers to has
 * changed, the other editors are told, so they validate again.
 */
@Singleton
public class OpenDocuments {

	/** An open file's text and its description (names and references) as of its last reconcile. */
	public record Open(URI uri, String text, IResourceDescription description, String signature, long changes) {
	}

	private final Map<URI, Open> open = new ConcurrentHashMap<>();

	/** Grows whenever the names or references of an open file change. */
	private final AtomicLong indexVersion = new AtomicLong();

	/** Grows whenever an editor closes. */
	private final AtomicLong closes = new AtomicLong();

	/** Listens to changes of open files (the file, and whether what it exports or refers to changed). */
	public interface Listener {
		void changed(URI uri, boolean namesOrReferences);
	}

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	/** Publishes an editor's text as just reconciled. */
	public void update(URI uri, String text, IResourceDescription description) {
		String signature = signature(description);
		Open previous = open.get(uri);
		long changes = previous == null ? 1 : previous.text().equals(text) ? previous.changes() : previous.changes() + 1;
		open.put(uri, new Open(uri, text, description, signature, changes));
		boolean namesOrReferences = previous == null || !previous.signature().equals(signature);
		if (namesOrReferences) {
			indexVersion.incrementAndGet();
		}
		if (namesOrReferences || previous.changes() != changes) {
			listeners.forEach(listener -> listener.changed(uri, namesOrReferences));
		}
	}

	/** Forgets a closed editor's text: the file is what is on disk again. */
	public void close(URI uri) {
		if (open.remove(uri) != null) {
			closes.incrementAndGet();
			indexVersion.incrementAndGet();
			listeners.forEach(listener -> listener.changed(uri, true));
		}
	}

	/** Whether the open file refers to anything in the other file (as of its last reconcile). */
	public boolean refersTo(URI uri, URI other) {
		Open document = open.get(uri);
		if (document == null) {
			return false;
		}
		for (IReferenceDescription reference : document.description().getReferenceDescriptions()) {
			if (reference.getTargetEObjectUri() != null && reference.getTargetEObjectUri().trimFragment().equals(other)) {
				return true;
			}
		}
		return false;
	}

	/** The text of an open file, or null. */
	public String textOf(URI uri) {
		Open document = open.get(uri);
		return document == null ? null : document.text();
	}

	public long indexVersion() {
		return indexVersion.get();
	}

	/** Grows whenever the text of an open file other than the given one changes, or an editor closes. */
	public long textVersionOfOthers(URI self) {
		long version = closes.get();
		for (Open document : open.values()) {
			if (!document.uri().equals(self)) {
				version += document.changes();
			}
		}
		return version;
	}

	/**
	 * The index as an editor of one file sees it: the built index, with the names and references
	 * of the other open files of the project in place of their saved state.
	 */
	public ResourceDescriptionsData overlay(ResourceDescriptionsData built, String project, URI self) {
		Map<URI, Open> others = new HashMap<>();
		open.forEach((uri, document) -> {
			if (!uri.equals(self) && uri.isPlatformResource() && uri.segmentCount() > 1 && project.equals(uri.segment(1))) {
				others.put(uri, document);
			}
		});
		if (others.isEmpty()) {
			return built;
		}
		ResourceDescriptionsData data = built.copy();
		others.forEach((uri, document) -> data.addDescription(uri, document.description()));
		return data;
	}

	/** Called, on the publishing editor's thread, whenever an open file's text changed. */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** What other files depend on: the names a file exports and the targets of its references. */
	private static String signature(IResourceDescription description) {
		TreeSet<String> parts = new TreeSet<>();
		for (IEObjectDescription exported : description.getExportedObjects()) {
			parts.add("e " + exported.getQualifiedName() + " " + exported.getEObjectURI());
		}
		for (IReferenceDescription reference : description.getReferenceDescriptions()) {
			parts.add("r " + reference.getTargetEObjectUri());
		}
		return String.join("\n", parts);
	}
}

package org.chancery.lang.ui.registers;

import java.util.List;

import org.chancery.lang.ui.builder.CorpusIndex;
import org.eclipse.emf.common.util.URI;

/**
 * One person, place or organisation of a project's registers, with its names and how many times
 * the corpus refers to it.
 */
public record RegisterEntry(CorpusIndex index, URI uri, String id, String kind, String name, List<String> otherNames,
		int mentions) {

	/** Whether the filter text occurs in the id or any name (ignoring case). */
	public boolean matches(String filter) {
		String wanted = filter.strip().toLowerCase();
		if (wanted.isEmpty()) {
			return true;
		}
		return id.toLowerCase().contains(wanted) || name.toLowerCase().contains(wanted)
				|| otherNames.stream().anyMatch(other -> other.toLowerCase().contains(wanted));
	}
}

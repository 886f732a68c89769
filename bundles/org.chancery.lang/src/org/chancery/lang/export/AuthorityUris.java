package org.chancery.lang.export;

import java.util.stream.Collectors;

import org.chancery.lang.chancery.AuthorityId;
import org.chancery.lang.chancery.Entry;

/** An entry's authority ids as the URIs CMIF's {@code @ref} wants (correspSearch's forms). */
public final class AuthorityUris {

	private AuthorityUris() {
	}

	public static String uriOf(AuthorityId id) {
		return switch (id.getScheme()) {
			case WIKIDATA -> "http://www.wikidata.org/entity/" + id.getCode();
			case VIAF -> "http://viaf.org/viaf/" + id.getCode();
			case GND -> "http://d-nb.info/gnd/" + id.getCode();
			case GEONAMES -> "http://www.geonames.org/" + id.getCode();
		};
	}

	/** The entry's URIs separated by spaces, or null when it has none. */
	public static String refOf(Entry entry) {
		String uris = entry.getProperties().stream().filter(AuthorityId.class::isInstance)
				.map(id -> uriOf((AuthorityId) id)).collect(Collectors.joining(" "));
		return uris.isEmpty() ? null : uris;
	}
}

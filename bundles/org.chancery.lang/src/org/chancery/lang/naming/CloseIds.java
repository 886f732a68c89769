package org.chancery.lang.naming;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** The known ids closest to a mistyped one, for "did you mean" messages and quick fixes. */
public final class CloseIds {

	private static final int MAX_SUGGESTIONS = 3;

	private CloseIds() {
	}

	/** Up to three ids within a typo's distance of the given one, closest first. */
	public static List<String> to(String id, Iterable<String> known) {
		int tolerance = Math.max(2, id.length() / 4);
		return StreamSupport.stream(known.spliterator(), false).distinct()
				.filter(candidate -> Math.abs(candidate.length() - id.length()) <= tolerance)
				.map(candidate -> new Scored(candidate, distance(id, candidate)))
				.filter(scored -> scored.distance <= tolerance)
				.sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id))
				.limit(MAX_SUGGESTIONS).map(Scored::id).toList();
	}

	private record Scored(String id, int distance) {
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}

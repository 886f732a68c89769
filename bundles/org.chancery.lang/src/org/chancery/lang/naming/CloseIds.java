package org.chancery.lang.naming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The known ids closest to a mistyped one, for "did you mean" messages and quick fixes. Built once
 * per set of known ids ({@link #among}): the ids are kept by length, so a look-up only compares
 * ids of a length within the tolerance, and each comparison stops as soon as it exceeds the
 * tolerance. A thousand mistyped ids in a large corpus once doubled its validation.
 */
public final class CloseIds {

	private static final int MAX_SUGGESTIONS = 3;

	/** length → the distinct ids of that length */
	private final Map<Integer, List<String>> byLength;

	private CloseIds(Map<Integer, List<String>> byLength) {
		this.byLength = byLength;
	}

	/** The known ids, ready for look-ups. */
	public static CloseIds among(Iterable<String> known) {
		Map<Integer, Set<String>> distinct = new HashMap<>();
		for (String id : known) {
			distinct.computeIfAbsent(id.length(), length -> new LinkedHashSet<>()).add(id);
		}
		Map<Integer, List<String>> byLength = new HashMap<>();
		distinct.forEach((length, ids) -> byLength.put(length, List.copyOf(ids)));
		return new CloseIds(byLength);
	}

	/** Up to three ids within a typo's distance of the given one, closest first. */
	public static List<String> to(String id, Iterable<String> known) {
		return among(known).closeTo(id);
	}

	/** Up to three known ids within a typo's distance of the given one, closest first, then by id. */
	public List<String> closeTo(String id) {
		int tolerance = Math.max(2, id.length() / 4);
		List<Scored> close = new ArrayList<>();
		for (int length = Math.max(0, id.length() - tolerance); length <= id.length() + tolerance; length++) {
			for (String candidate : byLength.getOrDefault(length, List.of())) {
				int distance = distanceAtMost(id, candidate, tolerance);
				if (distance <= tolerance) {
					close.add(new Scored(candidate, distance));
				}
			}
		}
		return close.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id)).limit(MAX_SUGGESTIONS)
				.map(Scored::id).toList();
	}

	private record Scored(String id, int distance) {
	}

	/** The Levenshtein distance if it is at most the limit, else a number above the limit (found early). */
	static int distanceAtMost(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				// every path through this row costs more already
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** Levenshtein distance (also the command line's, for misspelt commands and options). */
	public static int distance(String a, String b) {
		return distanceAtMost(a, b, Integer.MAX_VALUE - 1);
	}
}

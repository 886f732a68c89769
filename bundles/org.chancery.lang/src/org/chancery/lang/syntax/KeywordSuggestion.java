package org.chancery.lang.syntax;

import java.util.Collection;
import java.util.Optional;

/**
 * The keyword a misspelt word was probably meant to be: the closest by edit distance (adjacent
 * transpositions count as one edit, `recieved` → `received`), if it is close enough for a word of
 * its length.
 */
public final class KeywordSuggestion {

	/** Longer words are no misspelling of any keyword (and cost nothing to rule out). */
	private static final int LONGEST_KEYWORD = 20;

	private KeywordSuggestion() {
	}

	public static Optional<String> closest(String word, Collection<String> keywords) {
		String best = null;
		if (word.length() > LONGEST_KEYWORD + 2) {
			return Optional.empty();
		}
		int bestDistance = Integer.MAX_VALUE;
		for (String keyword : keywords) {
			int distance = distance(word.toLowerCase(java.util.Locale.ROOT), keyword);
			if (distance < bestDistance || distance == bestDistance && best != null && keyword.compareTo(best) < 0) {
				best = keyword;
				bestDistance = distance;
			}
		}
		return best != null && bestDistance > 0 && bestDistance <= allowedEdits(word) ? Optional.of(best) : Optional.empty();
	}

	/** One edit in a short word, two from six letters on. */
	private static int allowedEdits(String word) {
		return word.length() < 3 ? 0 : word.length() < 6 ? 1 : 2;
	}

	/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}

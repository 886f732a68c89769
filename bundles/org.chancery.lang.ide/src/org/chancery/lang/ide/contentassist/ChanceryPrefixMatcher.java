package org.chancery.lang.ide.contentassist;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;

/**
 * Whether what the transcriber typed starts a candidate: an id, a keyword or any name of a
 * register entry. Case, diacritics and punctuation do not count, and the prefix may start any
 * word of the candidate: "urumqi" finds "Urumqi", "Urümqi" and "URUMQI"; "mannerh" finds "Carl
 * Gustaf Emil Mannerheim"; "foo-ping" finds "Foo Ping-sheung". An empty prefix matches anything.
 */
public class ChanceryPrefixMatcher implements IPrefixMatcher {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	@Override
	public boolean isCandidateMatchingPrefix(String candidate, String prefix) {
		String wanted = compact(fold(prefix));
		if (wanted.isEmpty()) {
			return true;
		}
		String folded = fold(candidate);
		for (int i = 0; i < folded.length(); i++) {
			if (startsWord(folded, i) && compact(folded.substring(i)).startsWith(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWord(String text, int index) {
		return Character.isLetterOrDigit(text.charAt(index)) && (index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1)));
	}

	/** Lower case without diacritics. */
	private static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** Letters and digits only. */
	private static String compact(String text) {
		StringBuilder letters = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString();
	}
}

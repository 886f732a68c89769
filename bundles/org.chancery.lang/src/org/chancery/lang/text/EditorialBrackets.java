package org.chancery.lang.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Text;

/**
 * Tells what a square bracket means from what it holds, so that transcribers type the brackets
 * exactly as the printed edition has them: `[sic]`, `[…]`, `[?]`, `[emphasis mine – ed.]` and
 * otherwise supplied words.
 */
public final class EditorialBrackets {

	private static final Set<String> GAPS = Set.of("…", "...", "....", "illegible", "gap");

	/** "– ed.", "- ed.", "— ed" at the end: the editor's signature. */
	private static final Pattern EDITOR_SIGNATURE = Pattern.compile(".*[–—-]\\s*ed\\.?$", Pattern.DOTALL);

	private EditorialBrackets() {
	}

	public static EditorialBracketKind kindOf(EditorialBracket bracket) {
		String text = ReadingText.of(bracket.getContent()).strip();
		if (text.isEmpty()) {
			return EditorialBracketKind.EMPTY;
		}
		boolean plain = bracket.getContent().stream().allMatch(Text.class::isInstance);
		if (!plain) {
			return EditorialBracketKind.SUPPLIED;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.equals("sic") || lower.equals("sic!")) {
			return EditorialBracketKind.SIC;
		}
		if (GAPS.contains(lower)) {
			return EditorialBracketKind.GAP;
		}
		if (lower.equals("?")) {
			return EditorialBracketKind.UNCLEAR;
		}
		if (EDITOR_SIGNATURE.matcher(lower).matches()) {
			return EditorialBracketKind.EDITORIAL_NOTE;
		}
		return EditorialBracketKind.SUPPLIED;
	}
}

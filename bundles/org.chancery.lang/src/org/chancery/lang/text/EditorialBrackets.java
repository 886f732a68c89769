package org.chancery.lang.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.BracketConvention;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.Text;
import org.chancery.lang.model.DocumentMetadata;
import org.eclipse.emf.ecore.EObject;

/**
 * Tells what a square bracket means from what it holds, so that transcribers type the brackets
 * exactly as the printed edition has them: `[sic]`, `[…]`, `[?]`, `[emphasis mine – ed.]` and
 * otherwise supplied words; `[not?]`, with a question mark at its end, supplies them uncertainly.
 * Why the words are supplied is the document's bracket convention (`brackets damage`), by default
 * the editor's clarification.
 */
public final class EditorialBrackets {

	private static final Set<String> GAPS = Set.of("…", "...", "....", "illegible", "gap");

	/** "– ed.", "- ed.", "— ed" at the end: the editor's signature. */
	private static final Pattern EDITOR_SIGNATURE = Pattern.compile(".*[–—-]\\s*ed\\.?$", Pattern.DOTALL);

	/** The reason of supplied text when no convention says otherwise. */
	public static final String CLARIFICATION = "clarification";

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

	/** Whether supplied words end in the editor's question mark, `[not?]`. */
	public static boolean isUncertain(EditorialBracket bracket) {
		List<Inline> content = bracket.getContent();
		return !content.isEmpty() && content.get(content.size() - 1) instanceof Text last && last.getValue() != null
				&& last.getValue().stripTrailing().endsWith("?") && kindOf(bracket) == EditorialBracketKind.SUPPLIED;
	}

	/** The words of an uncertain bracket's last text, without the question mark. */
	public static String withoutQuestionMark(String text) {
		String stripped = text.stripTrailing();
		return stripped.endsWith("?") ? stripped.substring(0, stripped.length() - 1).stripTrailing() : text;
	}

	/** Why plain brackets supply text here: the convention of the nearest document stating one. */
	public static String suppliedReason(EditorialBracket bracket) {
		for (EObject o = bracket; o != null; o = o.eContainer()) {
			if (o instanceof AbstractDocument document) {
				var convention = DocumentMetadata.first(document, BracketConvention.class);
				if (convention.isPresent()) {
					return convention.get().getReason();
				}
			}
		}
		return CLARIFICATION;
	}
}

package org.chancery.lang.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.ItemLabel;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Text;

/**
 * The label of a list item, as the numbered points of a telegram have them: an explicit
 * `<label|IV.>` first in the item, or else a leading number the item starts with. A number is
 * digits with an optional letter, then "." or ")" — "1.", "12)", "3a." — or a number or up to
 * four letters in parentheses — "(1)", "(a)", "(iv)" — or one lower-case letter and ")" — "b)".
 * Roman numerals and capital letters followed by a full stop are left alone ("I. V. Stalin"):
 * write `<label|IV.>` for them.
 */
public final class ListLabels {

	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4}[a-z]?[.)]|\\((\\d{1,4}|\\p{L}{1,4})\\)|\\p{Ll}\\))(?=\\s|$)");

	private ListLabels() {
	}

	/** The item's explicit label, if the item starts with one (after blanks). */
	public static ItemLabel explicitLabel(Paragraph item) {
		for (Inline inline : item.getContent()) {
			if (inline instanceof ItemLabel label) {
				return label;
			}
			if (!ReadingText.isBlank(inline)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The leading number of the item's first text, as typed ("1."), or null: only when the item
	 * starts with text and has no explicit label.
	 */
	public static String leadingNumber(Paragraph item) {
		List<Inline> content = item.getContent();
		if (content.isEmpty() || !(content.get(0) instanceof Text first) || first.getValue() == null) {
			return null;
		}
		Matcher number = NUMBER.matcher(first.getValue().stripLeading());
		return number.find() ? number.group(1) : null;
	}
}

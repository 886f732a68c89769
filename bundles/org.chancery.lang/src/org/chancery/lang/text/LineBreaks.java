package org.chancery.lang.text;

import java.util.List;

import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.LineBreak;
import org.chancery.lang.chancery.Text;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Whether a line break `<lb>` falls inside a word. The transcriber says so by the spacing: with no
 * space on either side ("anklag=<lb>ten") the word goes on across the line (TEI's
 * {@code break="no"}); a space or line end on either side separates two words.
 */
public final class LineBreaks {

	private LineBreaks() {
	}

	public static boolean breaksWord(LineBreak lineBreak) {
		List<?> siblings = siblingsOf(lineBreak);
		int index = siblings.indexOf(lineBreak);
		if (index <= 0 || index == siblings.size() - 1) {
			return false;
		}
		return !touchesSpace(siblings.get(index - 1), true) && !touchesSpace(siblings.get(index + 1), false);
	}

	/** Whether the neighbour ends (before the break) or starts (after it) with whitespace. */
	private static boolean touchesSpace(Object neighbour, boolean before) {
		if (!(neighbour instanceof Text text) || text.getValue() == null || text.getValue().isEmpty()) {
			return false;
		}
		String value = text.getValue();
		return Character.isWhitespace(before ? value.charAt(value.length() - 1) : value.charAt(0));
	}

	private static List<?> siblingsOf(Inline inline) {
		EObject container = inline.eContainer();
		EStructuralFeature feature = inline.eContainingFeature();
		return container == null || !feature.isMany() ? List.of() : (List<?>) container.eGet(feature);
	}
}

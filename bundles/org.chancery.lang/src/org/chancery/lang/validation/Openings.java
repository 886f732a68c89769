package org.chancery.lang.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Where a construct opens, for issues that point at the opening rather than at the whole of a
 * long construct: the keyword of a block (`postscript`), the head of a tag (`<salute|`).
 */
final class Openings {

	private Openings() {
	}

	/** The first token of the object: a block's keyword. */
	static ITextRegion keyword(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				return leaf.getTextRegion();
			}
		}
		return node.getTextRegion();
	}

	/** A tag's head up to and with its `|` (`<salute|`), or the whole tag when it has none (`<pb 2>`). */
	static ITextRegion head(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "|".equals(leaf.getText())) {
				return new TextRegion(node.getOffset(), leaf.getEndOffset() - node.getOffset());
			}
		}
		return node.getTextRegion();
	}

	/** The object's text without the whitespace around it: the words of a run of prose. */
	static ITextRegion trimmed(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		String text = node.getText();
		int start = 0;
		int end = text.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new TextRegion(node.getTotalOffset() + start, end - start);
	}

	/**
	 * Whether a tag ends in its own `>`. An unclosed tag is a syntax error, and its content is what
	 * the parser's recovery swallowed: checks of the content would only add follow-up errors.
	 */
	static boolean isClosed(EObject tag) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(tag);
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		if (last == null || !">".equals(last.getText())) {
			return false;
		}
		for (INode inner : node.getAsTreeIterable()) {
			if (inner.getSyntaxErrorMessage() != null) {
				return false;
			}
		}
		return true;
	}
}

package org.chancery.lang.syntax;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The messages of brackets that are opened and never closed, or closed and never opened. */
final class Unclosed {

	private Unclosed() {
	}

	/** The construct that the leaf opens is not closed; the error stands at the leaf. */
	static LocatedSyntaxError at(ILeafNode opening) {
		String text = opening.getText();
		if ("{".equals(text) && !"Surplus".equals(ParseContext.ruleName(opening.getParent()))) {
			return block(opening, opening.getOffset(), opening.getLength());
		}
		return LocatedSyntaxError.at(opening.getOffset(), opening.getLength(), inline(text), inlineCode(text));
	}

	/** The sentence for an inline construct opened by the text and never closed. */
	static String inline(String opener) {
		return switch (opener) {
			case "<" -> "This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’).";
			case "[" -> "This bracket is not closed: end it with ‘]’ (a plain ‘[’ is written ‘\\[’).";
			case "[^" -> "This footnote marker is not closed: write it as [^1], with the note's name.";
			case "⟨" -> "This ‘⟨’ is not closed: end the letters the scribe omitted with ‘⟩’.";
			default -> "This ‘{’ is not closed: end the letters written in excess with ‘}’ (a plain ‘{’ is written ‘\\{’).";
		};
	}

	static String inlineCode(String opener) {
		return "<".equals(opener) ? SyntaxIssueCodes.UNCLOSED_TAG : SyntaxIssueCodes.UNCLOSED_BRACKET;
	}

	private static LocatedSyntaxError block(ILeafNode opening, int offset, int length) {
		INode owner = owner(opening);
		if (owner != null) {
			// an inner block's forgotten '}' is the cause, not the outer block's
			ILeafNode forgotten = ForgottenBrace.within(owner).orElse(null);
			if (forgotten != null && forgotten != opening) {
				return block(forgotten, forgotten.getOffset(), forgotten.getLength());
			}
		}
		if (owner == null) {
			return LocatedSyntaxError.at(offset, length, "This ‘{’ is not closed: end it with ‘}’.", SyntaxIssueCodes.UNCLOSED_BLOCK);
		}
		String head = NodeModelUtils.getTokenText(owner);
		int brace = head.indexOf('{');
		String start = (brace < 0 ? head : head.substring(0, brace)).strip();
		return LocatedSyntaxError.at(offset, length, "The ‘{’ of " + SourceQuote.quoted(start)
				+ " is not closed: end it with ‘}’.", SyntaxIssueCodes.UNCLOSED_BLOCK);
	}

	/** The declaration or block that the brace opens (past the prose block it may belong to). */
	private static INode owner(ILeafNode opening) {
		INode owner = opening.getParent();
		while (owner != null && "ProseBlock".equals(ParseContext.ruleName(owner))) {
			owner = owner.getParent();
		}
		return owner;
	}

	/** A closing bracket without its opening one, among metadata (the lexer reports those in prose). */
	static String closingNothing(String text) {
		return "}".equals(text) ? proseClosingNothing(text) : "This ‘" + text + "’ closes nothing: remove it.";
	}

	/** A closing bracket without its opening one, in prose. */
	static String proseClosingNothing(String text) {
		return switch (text) {
			case "]" -> "This ‘]’ closes no bracket: write ‘\\]’ for a plain ‘]’.";
			case ">" -> "This ‘>’ closes no tag: write ‘\\>’ for a plain ‘>’.";
			case "⟩" -> "This ‘⟩’ closes no ‘⟨’: write ‘\\⟩’ for a plain ‘⟩’.";
			default -> "This ‘}’ closes nothing: remove it, or look above for the block it was meant to close.";
		};
	}
}

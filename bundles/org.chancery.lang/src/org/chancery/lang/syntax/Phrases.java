package org.chancery.lang.syntax;

import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/** How messages name what stands in the source and what the grammar expects, in the words of docs/language.md. */
final class Phrases {

	private static final Set<String> CLOSING = Set.of("}", "]", ">", "⟩");

	/** Rules in which an unexpected token stands where a date should. */
	private static final Set<String> DATE_RULES = Set.of("DateSpec", "IsoDate", "DateField", "Born", "Died");

	private Phrases() {
	}

	static String capitalised(String phrase) {
		return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
	}

	/** What stands in the source. */
	static String found(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "the end of the file";
		}
		String text = token.getText() == null ? "" : token.getText();
		if (text.isBlank()) {
			return text.chars().filter(c -> c == '\n').count() >= 2 ? "a blank line" : "the end of the line";
		}
		return SourceQuote.quoted(text);
	}

	/** What the grammar expects, by the name of its token. */
	static String expected(String tokenName, INode node) {
		return switch (tokenName) {
			case "RULE_STRING" -> "a text in quotation marks, such as \"Telegram from Yang Zengxin\"";
			case "RULE_ID" -> inDate(node) ? "a date such as 1942-05-02" : "an id such as yang-zengxin";
			case "RULE_INT" -> inDate(node) ? "a date such as 1942-05-02"
					: ParseContext.innermost(node, Set.of("Source", "PageRange")) != null ? "a page such as 5 or 118-119" : "a number";
			case "RULE_PROSE" -> "text";
			case "RULE_PARAGRAPH_BREAK" -> "a blank line";
			case "EOF" -> "the end of the file";
			default -> tokenName.length() > 2 && tokenName.startsWith("'") && tokenName.endsWith("'")
					? "‘" + tokenName.substring(1, tokenName.length() - 1) + "’"
					: tokenName;
		};
	}

	static boolean isClosing(String text) {
		return text != null && CLOSING.contains(text);
	}

	/** A word that could be a misspelt keyword. */
	static boolean isWord(String text) {
		if (text == null || text.isEmpty() || !Character.isLetter(text.charAt(0))) {
			return false;
		}
		return text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	/** Whether the token sticks to a date the parser has just read (the `/` after `02` of `02/05/1942`). */
	static boolean afterDate(INode node, Token token) {
		if (!(node instanceof ICompositeNode composite) || !(token instanceof CommonToken common)) {
			return false;
		}
		ILeafNode last = null;
		for (ILeafNode leaf : composite.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		if (last == null || last.getEndOffset() != common.getStartIndex()) {
			return false;
		}
		for (INode n = last; n != null && n != node; n = n.getParent()) {
			String rule = ParseContext.ruleName(n);
			if (rule != null && DATE_RULES.contains(rule)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the parser is reading a date. */
	static boolean inDate(INode node) {
		return node != null && ParseContext.innermost(node, DATE_RULES) != null;
	}
}

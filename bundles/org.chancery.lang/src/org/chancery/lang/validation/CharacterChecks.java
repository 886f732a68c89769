package org.chancery.lang.validation;

import org.chancery.lang.chancery.ChanceryFile;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * Characters XML 1.0 cannot carry — controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF, half a surrogate pair — typed into the text (invisible in most editors) or
 * produced by a string's {@code \}{@code uXXXX} escape. Reported here, at the character, so that
 * an export never refuses what validated. Comments and layout are not exported and not checked.
 */
public class CharacterChecks extends ChanceryCheckGroup {

	@Check
	public void checkCharactersCanBeExported(ChanceryFile file) {
		ICompositeNode root = NodeModelUtils.getNode(file);
		if (root == null) {
			return;
		}
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden()) {
				check(file, leaf);
			}
		}
	}

	private void check(ChanceryFile file, ILeafNode leaf) {
		String text = leaf.getText();
		boolean string = isString(leaf);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (string && c == '\\' && i + 1 < text.length()) {
				i = checkEscape(file, leaf, text, i);
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (!fitsXml(c)) {
				acceptError("The character " + codePoint(c) + " cannot be written in XML; delete it (most editors do not show it).",
						file, leaf.getOffset() + i, 1, ChanceryIssueCodes.INVALID_CHARACTER, codePoint(c));
			}
		}
	}

	/** Checks the escape at {@code start} (a backslash) and returns the index of its last character. */
	private int checkEscape(ChanceryFile file, ILeafNode leaf, String text, int start) {
		int unit = unicodeEscape(text, start);
		if (unit < 0) {
			return start + 1;
		}
		char c = (char) unit;
		if (Character.isHighSurrogate(c)) {
			int next = unicodeEscape(text, start + 6);
			if (next >= 0 && Character.isLowSurrogate((char) next)) {
				return start + 11;
			}
		}
		if (Character.isSurrogate(c)) {
			acceptError("The escape ‘" + text.substring(start, start + 6) + "’ is half of a surrogate pair without the other half,"
					+ " which cannot be written in XML.", file, leaf.getOffset() + start, 6, ChanceryIssueCodes.INVALID_CHARACTER,
					codePoint(c));
		} else if (!fitsXml(c)) {
			acceptError("The escape ‘" + text.substring(start, start + 6) + "’ stands for " + codePoint(c)
					+ ", which cannot be written in XML.", file, leaf.getOffset() + start, 6, ChanceryIssueCodes.INVALID_CHARACTER,
					codePoint(c));
		}
		return start + 5;
	}

	/** The code unit of a {@code \}{@code uXXXX} escape at the index, or -1 if there is none. */
	private static int unicodeEscape(String text, int at) {
		if (at + 6 > text.length() || text.charAt(at) != '\\' || text.charAt(at + 1) != 'u') {
			return -1;
		}
		try {
			return Integer.parseInt(text.substring(at + 2, at + 6), 16);
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** XML 1.0's Char production, for one UTF-16 unit (surrogates are judged in pairs by the caller). */
	private static boolean fitsXml(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c));
	}

	private static boolean isString(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof TerminalRule rule
				&& rule.getName().equals("STRING");
	}

	private static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}
}

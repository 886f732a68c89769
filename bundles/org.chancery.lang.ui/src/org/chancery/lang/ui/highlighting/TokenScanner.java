package org.chancery.lang.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.parser.antlr.Lexer;

import com.google.inject.Provider;

/**
 * Colours tokens as the language's runtime lexer splits the text, with the style the ide layer's
 * token mapper gives each token type. The lexer always starts at the beginning of the document:
 * a lexer with modes cannot resume in the middle (see {@link WholeDocumentDamagerRepairer}).
 */
public class TokenScanner implements ITokenScanner {

	private record Run(int offset, int length, IToken token) {
	}

	private final Provider<Lexer> lexers;

	private final AbstractAntlrTokenToAttributeIdMapper styles;

	private final StylePreferences looks;

	private List<Run> runs = List.of();

	private int next;

	private Run current;

	public TokenScanner(Provider<Lexer> lexers, AbstractAntlrTokenToAttributeIdMapper styles, StylePreferences looks) {
		this.lexers = lexers;
		this.styles = styles;
		this.looks = looks;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text = document.get();
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Run> inRange = new ArrayList<>();
		int end = offset + length;
		List<CommonToken> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			if (common.getStartIndex() >= end && !continuesWord(text, common)) {
				break;
			}
			tokens.add(common);
		}
		IToken[] styles = new IToken[tokens.size()];
		for (int i = 0; i < tokens.size(); i++) {
			styles[i] = tokenFor(tokens.get(i).getType());
		}
		plainIds(text, tokens, styles);
		for (int i = 0; i < tokens.size(); i++) {
			int from = Math.max(tokens.get(i).getStartIndex(), offset);
			int to = Math.min(tokens.get(i).getStopIndex() + 1, end);
			if (to > from) {
				inRange.add(new Run(from, to - from, styles[i]));
			}
		}
		runs = inRange;
		next = 0;
	}

	/**
	 * An id such as {@code 1917-06-13-yang-telegram} is several tokens (numbers, hyphens, words);
	 * it is coloured as one plain id, not as numbers and punctuation.
	 */
	private void plainIds(String text, List<CommonToken> tokens, IToken[] styles) {
		int i = 0;
		while (i < tokens.size()) {
			int j = i;
			boolean hyphen = false;
			while (j + 1 < tokens.size() && isIdPart(tokens.get(j)) && isIdPart(tokens.get(j + 1))
					&& tokens.get(j).getStopIndex() + 1 == tokens.get(j + 1).getStartIndex()) {
				hyphen |= "-".equals(tokens.get(j + 1).getText());
				j++;
			}
			if (hyphen && j > i && !"-".equals(tokens.get(i).getText()) && !"-".equals(tokens.get(j).getText())) {
				IToken plain = new org.eclipse.jface.text.rules.Token(looks.attributeOf(HighlightingStyles.DEFAULT_ID));
				for (int k = i; k <= j; k++) {
					styles[k] = plain;
				}
			}
			i = j + 1;
		}
	}

	private static boolean isIdPart(CommonToken token) {
		String text = token.getText();
		return text != null && !text.isEmpty() && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
	}

	/** Whether a token glues onto the one before it (an id that runs past the range). */
	private static boolean continuesWord(String text, CommonToken token) {
		int start = token.getStartIndex();
		return start > 0 && start < text.length() && !Character.isWhitespace(text.charAt(start - 1));
	}

	private IToken tokenFor(int type) {
		TextAttribute attribute = looks.attributeOf(styles.getId(type));
		return new org.eclipse.jface.text.rules.Token(attribute);
	}

	@Override
	public IToken nextToken() {
		if (next >= runs.size()) {
			current = null;
			return org.eclipse.jface.text.rules.Token.EOF;
		}
		current = runs.get(next++);
		return current.token();
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}
}

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
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int start = common.getStartIndex();
			int stop = common.getStopIndex() + 1;
			if (stop <= offset) {
				continue;
			}
			if (start >= end) {
				break;
			}
			int from = Math.max(start, offset);
			int to = Math.min(stop, end);
			if (to > from) {
				inRange.add(new Run(from, to - from, tokenFor(token.getType())));
			}
		}
		runs = inRange;
		next = 0;
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

package org.chancery.lang.parser.antlr;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;

/**
 * Passes the lexer's tokens through. Xtext generates this class for grammars with synthetic
 * tokens; Chancery's synthetic PROSE and PARAGRAPH_BREAK tokens are made by the lexer itself
 * (org.chancery.lang.parser.ChanceryLexer), because they group characters, not tokens.
 */
public class ChanceryTokenSource implements TokenSource {

	private final TokenSource delegate;

	public ChanceryTokenSource(TokenSource delegate) {
		this.delegate = delegate;
	}

	@Override
	public Token nextToken() {
		return delegate.nextToken();
	}

	@Override
	public String getSourceName() {
		return delegate.getSourceName();
	}
}

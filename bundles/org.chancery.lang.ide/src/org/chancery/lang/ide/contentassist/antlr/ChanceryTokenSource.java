package org.chancery.lang.ide.contentassist.antlr;

import org.antlr.runtime.TokenSource;

/**
 * The content-assist parser's token source (Xtext generates a reference to this class for
 * grammars with synthetic tokens): passes the lexer's tokens through, as the runtime's does.
 */
public class ChanceryTokenSource extends org.chancery.lang.parser.antlr.ChanceryTokenSource {

	public ChanceryTokenSource(TokenSource delegate) {
		super(delegate);
	}
}

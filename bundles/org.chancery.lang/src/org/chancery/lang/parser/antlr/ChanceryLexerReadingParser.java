package org.chancery.lang.parser.antlr;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.Lexer;

/**
 * The generated parser, reading Chancery's lexer directly. The generated one wraps it in
 * {@link ChanceryTokenSource}, which only passes tokens through but hides the lexer's error
 * messages (the parser then says "Invalid token" and quotes the rest of the file).
 */
public class ChanceryLexerReadingParser extends ChanceryParser {

	@Override
	protected TokenSource createLexer(CharStream stream) {
		Lexer lexer = getLexerProvider().get();
		lexer.setCharStream(stream);
		return lexer;
	}
}

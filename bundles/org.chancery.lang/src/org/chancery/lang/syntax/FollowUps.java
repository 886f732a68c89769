package org.chancery.lang.syntax;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;

/**
 * Whether a parser error only follows from a lexer error just before it: after `title "Unclosed`,
 * the parser misses the title's text, which the lexer has reported already.
 */
final class FollowUps {

	private FollowUps() {
	}

	static boolean ofLexerError(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream tokens) || exception.index <= 0) {
			return false;
		}
		for (int i = Math.min(exception.index, tokens.size()) - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getType() == Token.INVALID_TOKEN_TYPE) {
				return true;
			}
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				return false;
			}
		}
		return false;
	}
}

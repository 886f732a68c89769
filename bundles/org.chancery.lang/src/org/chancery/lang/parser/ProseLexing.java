package org.chancery.lang.parser;

import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;

/**
 * Prose mode for a generated ANTLR lexer. The runtime lexer and the content-assist lexer of the
 * ide layer are generated separately (with their own token numbers); each subclass delegates to
 * one instance of this class from {@code mTokens()} and {@code nextToken()}.
 */
public final class ProseLexing {

	private final LexerModeStack modes = new LexerModeStack();
	private final ProseScanner scanner;
	private final Set<Integer> nonKeywordTypes;

	/**
	 * @param proseType the token type of PROSE in this lexer
	 * @param paragraphBreakType the token type of PARAGRAPH_BREAK
	 * @param nonKeywordTypes every other token type that is not a keyword: ids, numbers, strings,
	 *            whitespace, comments
	 */
	public ProseLexing(int proseType, int paragraphBreakType, Set<Integer> nonKeywordTypes) {
		this.scanner = new ProseScanner(proseType, paragraphBreakType);
		this.nonKeywordTypes = Set.copyOf(nonKeywordTypes);
	}

	/** Forgets the mode, for a new input. */
	public void reset() {
		modes.reset();
	}

	/**
	 * Matches a run of prose at the lexer's position, if it is in prose mode.
	 *
	 * @return whether a token was matched; if not, the generated lexer matches the next token
	 */
	public boolean matchProse(CharStream input, RecognizerSharedState state) {
		if (!modes.inProse() || ProseScanner.isTagCharacter(input.LA(1))) {
			return false;
		}
		int type = scanner.scan(input, modes);
		if (type == ProseScanner.NO_MATCH) {
			return false;
		}
		state.type = type;
		state.channel = Token.DEFAULT_CHANNEL;
		return true;
	}

	/** Follows the token just emitted into or out of prose. */
	public void afterToken(Token token) {
		int type = token.getType();
		if (type == Token.EOF || type == scanner.proseType() || type == scanner.paragraphBreakType()) {
			return;
		}
		modes.afterToken(token.getText(), !nonKeywordTypes.contains(type));
	}
}

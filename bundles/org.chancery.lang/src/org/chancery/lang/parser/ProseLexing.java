package org.chancery.lang.parser;

import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
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
	private final int idType;

	/** No hyphen just before: start indexes are never NO_HYPHEN + 1. */
	private static final int NO_HYPHEN = -2;

	/** Where the previous token ended, if it was a hyphen. */
	private int hyphenEnd = NO_HYPHEN;

	/**
	 * @param proseType the token type of PROSE in this lexer
	 * @param paragraphBreakType the token type of PARAGRAPH_BREAK
	 * @param idType the token type of ID
	 * @param nonKeywordTypes every other token type that is not a keyword: ids, numbers, strings,
	 *            whitespace, comments
	 */
	public ProseLexing(int proseType, int paragraphBreakType, int idType, Set<Integer> nonKeywordTypes) {
		this.scanner = new ProseScanner(proseType, paragraphBreakType);
		this.idType = idType;
		this.nonKeywordTypes = Set.copyOf(nonKeywordTypes);
	}

	/** Forgets the mode, for a new input. */
	public void reset() {
		modes.reset();
		hyphenEnd = NO_HYPHEN;
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

	/**
	 * Follows the token just emitted into or out of prose. A keyword right after a hyphen is part of
	 * an id (`1944-03-23-letter`) and becomes an ID token.
	 */
	public void afterToken(Token token) {
		if (token instanceof CommonToken common && common.getStartIndex() == hyphenEnd + 1 && isWord(token)
				&& !nonKeywordTypes.contains(token.getType()) && !modes.inProse()) {
			token.setType(idType);
		}
		hyphenEnd = "-".equals(token.getText()) && token instanceof CommonToken common ? common.getStopIndex() : NO_HYPHEN;
		int type = token.getType();
		if (type == Token.EOF || type == scanner.proseType() || type == scanner.paragraphBreakType()) {
			return;
		}
		modes.afterToken(token.getText(), type != idType && !nonKeywordTypes.contains(type));
	}

	private static boolean isWord(Token token) {
		String text = token.getText();
		return text != null && !text.isEmpty() && Character.isLetter(text.charAt(0));
	}
}

package org.chancery.lang.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.chancery.lang.syntax.LexerErrorMessages;

/**
 * Closes for the parser what a blank line, a closing bracket further out or the end of the file
 * closed without its own bracket: for each such construct one empty closing token, so that the
 * parser reads the rest as usual, and one empty invalid token whose error stands at the opening
 * bracket ("This tag is not closed"). One forgotten `>` is one error, wherever it was noticed.
 */
final class ForcedClosings {

	private final Map<String, Integer> closingTypes;
	private final Map<Token, String> errors = new IdentityHashMap<>();
	private final Deque<Token> queue = new ArrayDeque<>();

	/** @param closingTypes the token types of `>`, `]`, `}` and `⟩` in the lexer */
	ForcedClosings(Map<String, Integer> closingTypes) {
		this.closingTypes = Map.copyOf(closingTypes);
	}

	void reset() {
		errors.clear();
		queue.clear();
	}

	/** The next token made here, if one is waiting. */
	Token poll() {
		return queue.poll();
	}

	/**
	 * Queues the token with the closings of the frames before or after it, and returns the first
	 * token to hand out.
	 */
	Token arrange(Token token, List<LexerModeStack.Frame> before, List<LexerModeStack.Frame> after, CharStream input) {
		if (before.isEmpty() && after.isEmpty()) {
			return token;
		}
		// the end of the file is one shared token without a place: the input's end is its place
		boolean eof = token.getType() == Token.EOF || !(token instanceof CommonToken);
		int start = eof ? input.index() : ((CommonToken) token).getStartIndex();
		int end = eof ? start : ((CommonToken) token).getStopIndex() + 1;
		queue.addAll(closings(before, start, token, input));
		queue.add(token);
		queue.addAll(closings(after, end, token, input));
		return queue.poll();
	}

	/** Records the error of an invalid token made by the lexer itself. */
	void register(Token token, String message) {
		errors.put(token, message);
	}

	/** The message of an error token made here, or null. */
	String errorMessage(Token token) {
		return errors.get(token);
	}

	private List<Token> closings(List<LexerModeStack.Frame> frames, int at, Token near, CharStream input) {
		List<Token> tokens = new ArrayList<>();
		for (LexerModeStack.Frame frame : frames) {
			if (frame.mode().prose) {
				// an unclosed tag head or footnote marker: the parser says what is missing in it
				CommonToken error = empty(input, Token.INVALID_TOKEN_TYPE, Token.HIDDEN_CHANNEL, at, near);
				errors.put(error, LexerErrorMessages.unclosed(frame.opener(), frame.offset() - at, frame.opener().length()));
				tokens.add(error);
			}
			CommonToken closing = empty(input, closingTypes.get(frame.mode().closing), Token.DEFAULT_CHANNEL, at, near);
			closing.setText(frame.mode().closing);
			tokens.add(closing);
		}
		return tokens;
	}

	private static CommonToken empty(CharStream input, int type, int channel, int at, Token near) {
		CommonToken token = new CommonToken(input, type, channel, at, at - 1);
		token.setLine(near.getLine());
		token.setCharPositionInLine(near.getCharPositionInLine());
		return token;
	}
}

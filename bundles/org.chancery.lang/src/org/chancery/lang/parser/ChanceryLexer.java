package org.chancery.lang.parser;

import java.util.Map;
import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.chancery.lang.parser.antlr.lexer.InternalChanceryLexer;
import org.chancery.lang.syntax.LexerErrorMessages;

/** The generated lexer with prose mode (see {@link ProseLexing}). */
public class ChanceryLexer extends InternalChanceryLexer {

	private ProseLexing prose;

	public ChanceryLexer() {
		prose = newProseLexing();
	}

	public ChanceryLexer(CharStream input) {
		super(input);
		prose = newProseLexing();
	}

	private static ProseLexing newProseLexing() {
		return new ProseLexing(RULE_PROSE, RULE_PARAGRAPH_BREAK, RULE_ID, Set.of(RULE_ID, RULE_INT, RULE_STRING, RULE_WS,
				RULE_ML_COMMENT, RULE_SL_COMMENT, RULE_ANY_OTHER), Set.of(RULE_WS, RULE_ML_COMMENT, RULE_SL_COMMENT),
				Map.of(">", GreaterThanSign, "]", RightSquareBracket, "}", RightCurlyBracket, "⟩", MathematicalRightAngleBracket));
	}

	@Override
	public void mTokens() throws RecognitionException {
		prose.rejectUnreadable(input);
		if (!prose.matchProse(input, state)) {
			super.mTokens();
		}
	}

	/** The error of an invalid token, for {@link org.chancery.lang.syntax.ChancerySyntaxErrorMessages}. */
	@Override
	public String getErrorMessage(RecognitionException e, String[] tokenNames) {
		if (e instanceof UnreadableInputException unreadable) {
			return LexerErrorMessages.encode(unreadable.code(), unreadable.offsetFromToken(), unreadable.length(),
					unreadable.sentence());
		}
		int start = state.tokenStartCharIndex;
		int end = Math.min(getCharIndex(), start + 2);
		return LexerErrorMessages.forToken(end > start ? input.substring(start, end - 1) : "");
	}

	@Override
	public Token nextToken() {
		Token queued = prose.queued();
		return queued != null ? queued : prose.arrange(super.nextToken(), input);
	}

	@Override
	public String getErrorMessage(Token token) {
		String message = prose.errorMessage(token);
		return message != null ? message : super.getErrorMessage(token);
	}

	@Override
	public void setCharStream(CharStream input) {
		if (prose != null) {
			prose.reset();
		}
		super.setCharStream(input);
	}

	@Override
	public void reset() {
		if (prose != null) {
			prose.reset();
		}
		super.reset();
	}
}

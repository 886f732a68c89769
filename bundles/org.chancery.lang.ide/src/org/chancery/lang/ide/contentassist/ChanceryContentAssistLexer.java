package org.chancery.lang.ide.contentassist;

import java.util.Map;
import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.chancery.lang.ide.contentassist.antlr.lexer.InternalChanceryLexer;
import org.chancery.lang.parser.ProseLexing;

/** The generated content-assist lexer with the runtime lexer's prose mode. */
public class ChanceryContentAssistLexer extends InternalChanceryLexer {

	private ProseLexing prose;

	public ChanceryContentAssistLexer() {
		prose = newProseLexing();
	}

	public ChanceryContentAssistLexer(CharStream input) {
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

	@Override
	public Token nextToken() {
		Token queued = prose.queued();
		return queued != null ? queued : prose.arrange(super.nextToken(), input);
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

package org.chancery.lang.syntax;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/**
 * The errors of the lexer. The lexer hands the parser one string per invalid token; Chancery's
 * lexer puts code, place and sentence into it ({@link #encode}), and this class reads them back.
 */
public final class LexerErrorMessages {

	private static final char SEPARATOR = '\u0001';
	private static final String MARK = SEPARATOR + "chancery" + SEPARATOR;
	private static final String INVALID_TOKEN = "Invalid token ";
	private static final char WORD_SEPARATOR = '\u0002';

	LexerErrorMessages() {
	}

	/** The string for the parser: code, where the error stands relative to the token, and the sentence. */
	public static String encode(String code, int offsetFromToken, int length, String sentence) {
		return MARK + code + SEPARATOR + offsetFromToken + SEPARATOR + length + SEPARATOR + sentence;
	}

	/** The error of a token the grammar's own terminals fail on, by its first characters. */
	public static String forToken(String start) {
		if (start.startsWith("\"")) {
			return encode(SyntaxIssueCodes.UNCLOSED_STRING, 0, 1,
					"This text in quotation marks is not closed: end it with ‘\"’ on the same line.");
		}
		if (start.startsWith("/*")) {
			return encode(SyntaxIssueCodes.UNCLOSED_COMMENT, 0, 2, "This comment is not closed: end it with ‘*/’.");
		}
		int length = start.isEmpty() ? 0 : Character.charCount(start.codePointAt(0));
		return encode(SyntaxIssueCodes.UNREADABLE, 0, length,
				SourceQuote.quoted(start.substring(0, length)) + " cannot be read here.");
	}

	/** An inline construct that the lexer closed for want of its bracket, reported at its opening. */
	public static String unclosed(String opener, int offsetFromToken, int length) {
		return encode(Unclosed.inlineCode(opener), offsetFromToken, length, Unclosed.inline(opener));
	}

	/** A word that starts a line where only keywords do, in the block that the keyword opened. */
	public static String unknownWord(String word, String blockKeyword) {
		return encode(SyntaxIssueCodes.UNKNOWN_WORD, 0, word.length(), word + WORD_SEPARATOR + blockKeyword);
	}

	public static String notInTagHead(int opener) {
		String bracket = Character.toString(opener);
		return "‘" + bracket + "’ cannot stand in the head of a tag: the tag's words follow its ‘|’, as in <yang-zengxin|Yang Zengxin>.";
	}

	public static String tooDeepInline() {
		return "Tags and brackets nest more than " + NestingLimits.INLINE
				+ " deep here: Chancery reads " + NestingLimits.INLINE + " levels, and leaves out what is nested deeper.";
	}

	public static String tooDeepBlock() {
		return "Blocks nest more than " + NestingLimits.BLOCKS + " deep here: Chancery reads " + NestingLimits.BLOCKS
				+ " levels, and leaves out the content of this block.";
	}

	public static String closingNothing(String text) {
		return Unclosed.proseClosingNothing(text);
	}

	/** The message of a lexer error, as the parser passes it on; a word is judged by the keywords of its block. */
	SyntaxErrorMessage message(String passedOn, ExpectedKeywords keywords) {
		String text = passedOn == null ? "" : passedOn;
		if (text.startsWith(INVALID_TOKEN)) {
			// a token source that is not the lexer itself passes the token's text instead
			text = forToken(text.substring(INVALID_TOKEN.length()));
		}
		if (!text.startsWith(MARK)) {
			return new SyntaxErrorMessage(SourceQuote.shortened(text), SyntaxIssueCodes.UNREADABLE);
		}
		String[] parts = text.substring(MARK.length()).split(String.valueOf(SEPARATOR), 4);
		int offset = Integer.parseInt(parts[1]);
		int length = Integer.parseInt(parts[2]);
		if (SyntaxIssueCodes.UNKNOWN_WORD.equals(parts[0])) {
			String[] word = parts[3].split(String.valueOf(WORD_SEPARATOR), 2);
			String rule = ExpectedKeywords.ruleOfBlock(word[1]);
			return keywords.unknownWord(word[0], rule, (message, code, data) -> LocatedSyntaxError.relative(offset, length, message, code, data));
		}
		return LocatedSyntaxError.relative(offset, length, parts[3], parts[0]);
	}
}

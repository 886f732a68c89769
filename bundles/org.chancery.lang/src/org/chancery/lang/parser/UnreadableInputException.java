package org.chancery.lang.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;

/**
 * Thrown by the lexer for characters it turns into one invalid (hidden) token with an error: a
 * closing bracket that closes nothing, or what is nested deeper than the language reads. The
 * parser never sees the token, so the error has no follow-ups.
 */
public final class UnreadableInputException extends RecognitionException {

	private static final long serialVersionUID = 1L;

	private final String code;
	private final String sentence;
	private final int offsetFromToken;
	private final int length;

	/**
	 * @param offsetFromToken where the error is shown, relative to the token's start
	 * @param length how many characters are marked
	 */
	UnreadableInputException(CharStream input, String code, String sentence, int offsetFromToken, int length) {
		super(input);
		this.code = code;
		this.sentence = sentence;
		this.offsetFromToken = offsetFromToken;
		this.length = length;
	}

	public String code() {
		return code;
	}

	public String sentence() {
		return sentence;
	}

	public int offsetFromToken() {
		return offsetFromToken;
	}

	public int length() {
		return length;
	}
}

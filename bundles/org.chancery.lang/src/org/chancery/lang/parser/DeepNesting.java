package org.chancery.lang.parser;

import org.antlr.runtime.CharStream;

/**
 * Consumes what is nested deeper than the language reads, without recursion, so that any depth
 * costs one pass: an inline construct up to its closing bracket (or the paragraph's end), a
 * block's content up to its closing brace.
 */
final class DeepNesting {

	private DeepNesting() {
	}

	/** From an opening bracket in prose to the bracket that closes it; stops before a blank line or a `}` of the block. */
	static void consumeInline(CharStream in) {
		int tags = 0;
		int brackets = 0;
		int braces = 0;
		int omissions = 0;
		do {
			int c = in.LA(1);
			if (c == CharStream.EOF || c == '}' && braces == 0 || c == '\n' && blankLineAhead(in)) {
				return;
			}
			in.consume();
			switch (c) {
				case '\\' -> {
					if (in.LA(1) != CharStream.EOF) {
						in.consume();
					}
				}
				case '<' -> tags++;
				case '>' -> tags = Math.max(0, tags - 1);
				case '[' -> brackets++;
				case ']' -> brackets = Math.max(0, brackets - 1);
				case '{' -> braces++;
				case '}' -> braces--;
				case '⟨' -> omissions++;
				case '⟩' -> omissions = Math.max(0, omissions - 1);
				default -> {
					// prose
				}
			}
		} while (tags + brackets + braces + omissions > 0);
	}

	/** A block's content, up to (not including) the `}` that closes the block. */
	static void consumeBlockContent(CharStream in) {
		int braces = 0;
		while (true) {
			int c = in.LA(1);
			if (c == CharStream.EOF || c == '}' && braces == 0) {
				return;
			}
			in.consume();
			if (c == '\\' && in.LA(1) != CharStream.EOF) {
				in.consume();
			} else if (c == '{') {
				braces++;
			} else if (c == '}') {
				braces--;
			}
		}
	}

	private static boolean blankLineAhead(CharStream in) {
		for (int k = 2;; k++) {
			int c = in.LA(k);
			if (c == '\n') {
				return true;
			}
			if (c != ' ' && c != '\t' && c != '\r') {
				return false;
			}
		}
	}
}

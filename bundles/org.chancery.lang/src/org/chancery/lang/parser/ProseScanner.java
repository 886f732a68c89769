package org.chancery.lang.parser;

import java.util.Set;

import org.antlr.runtime.CharStream;

/**
 * Reads one run of prose: every character up to the next one that opens or closes a tag, kept
 * exactly as typed (a backslash escapes the next character). A blank line is returned on its
 * own, as the break between two paragraphs.
 */
final class ProseScanner {

	static final int NO_MATCH = -1;

	private static final String TAG_CHARACTERS = "<>[]{}⟨⟩";

	/**
	 * Words that start a document or a register entry. A prose block whose closing brace was
	 * forgotten ends at a line that starts like a declaration, `letter 1942-07-03-molotov {`, so
	 * that the documents after it are still read.
	 */
	private static final Set<String> DECLARATION_KEYWORDS = Set.of("person", "place", "organisation",
			"publication", "telegram", "letter", "conversation", "meeting", "minutes", "decision", "report",
			"memorandum", "article", "document");

	/** Words that start a block of a document's body or a line of its metadata that holds a block. */
	private static final Set<String> BLOCK_KEYWORDS = Set.of("text", "summary", "note", "turn", "figure", "heading",
			"opener", "closer", "postscript", "list", "annotation", "session", "section");

	private final int proseType;
	private final int paragraphBreakType;

	ProseScanner(int proseType, int paragraphBreakType) {
		this.proseType = proseType;
		this.paragraphBreakType = paragraphBreakType;
	}

	int proseType() {
		return proseType;
	}

	int paragraphBreakType() {
		return paragraphBreakType;
	}

	/** Whether the character opens a tag or a bracket in prose. */
	static boolean isOpening(int c) {
		return c == '<' || c == '[' || c == '{' || c == '⟨';
	}

	static boolean isTagCharacter(int c) {
		return c != CharStream.EOF && TAG_CHARACTERS.indexOf(c) >= 0;
	}

	/** Consumes prose and returns its token type, or {@link #NO_MATCH} before a tag character. */
	int scan(CharStream in, LexerModeStack modes) {
		boolean consumed = false;
		while (true) {
			int c = in.LA(1);
			if (c == CharStream.EOF || isTagCharacter(c)) {
				break;
			}
			if (c == '\\') {
				in.consume();
				if (in.LA(1) != CharStream.EOF) {
					in.consume();
				}
				consumed = true;
				continue;
			}
			if (!isWhitespace(c)) {
				in.consume();
				consumed = true;
				continue;
			}
			int length = whitespaceRunLength(in);
			int newlines = newlines(in, length);
			if (newlines >= 2 && modes.hasProseBlock()) {
				if (consumed) {
					break;
				}
				modes.closeInlineFrames();
				consume(in, length);
				return paragraphBreakType;
			}
			consume(in, length);
			consumed = true;
			if (newlines >= 1 && startsDeclaration(in)) {
				modes.closeAll();
				break;
			}
			if (newlines >= 1 && modes.hasProseBlock() && startsBlock(in)) {
				modes.closeProseBlock();
				break;
			}
		}
		return consumed ? proseType : NO_MATCH;
	}

	private static boolean isWhitespace(int c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}

	private static int whitespaceRunLength(CharStream in) {
		int k = 1;
		while (isWhitespace(in.LA(k))) {
			k++;
		}
		return k - 1;
	}

	private static int newlines(CharStream in, int length) {
		int count = 0;
		for (int k = 1; k <= length; k++) {
			if (in.LA(k) == '\n') {
				count++;
			}
		}
		return count;
	}

	private static void consume(CharStream in, int length) {
		for (int i = 0; i < length; i++) {
			in.consume();
		}
	}

	/**
	 * `note 4 {`, `text {`, `turn speaker "label" {` at the current position: a block of the
	 * document starts, so the prose block before it lacks its `}`.
	 */
	private static boolean startsBlock(CharStream in) {
		int k = 1;
		StringBuilder word = new StringBuilder();
		while (in.LA(k) >= 'a' && in.LA(k) <= 'z') {
			word.append((char) in.LA(k++));
		}
		if (!BLOCK_KEYWORDS.contains(word.toString()) || !isBlank(in.LA(k)) && in.LA(k) != '{') {
			return false;
		}
		// ids, numbers and strings up to the `{`, on the same line
		boolean inString = false;
		for (;; k++) {
			int c = in.LA(k);
			if (c == CharStream.EOF || c == '\n' || c == '\r') {
				return false;
			}
			if (c == '"') {
				inString = !inString;
			} else if (!inString && c == '{') {
				return true;
			} else if (!inString && !isIdCharacter(c) && !isBlank(c) && c != ',') {
				return false;
			}
		}
	}

	/** `keyword id {` at the current position, as a document or entry starts. */
	private static boolean startsDeclaration(CharStream in) {
		int k = 1;
		StringBuilder word = new StringBuilder();
		while (in.LA(k) >= 'a' && in.LA(k) <= 'z') {
			word.append((char) in.LA(k++));
		}
		if (!DECLARATION_KEYWORDS.contains(word.toString()) || !isBlank(in.LA(k))) {
			return false;
		}
		k = skipBlanks(in, k);
		int idStart = k;
		while (isIdCharacter(in.LA(k))) {
			k++;
		}
		if (k == idStart) {
			return false;
		}
		return in.LA(skipBlanks(in, k)) == '{';
	}

	private static int skipBlanks(CharStream in, int k) {
		while (isBlank(in.LA(k))) {
			k++;
		}
		return k;
	}

	private static boolean isBlank(int c) {
		return c == ' ' || c == '\t';
	}

	private static boolean isIdCharacter(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
	}
}

package org.chancery.lang.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Tracks whether the lexer is in code or in prose, from the tokens it has emitted. Brackets open
 * and close frames; a closing bracket that does not match the innermost frame closes every frame
 * up to the one it does match, so that one forgotten `>` or `]` damages only its own paragraph.
 */
final class LexerModeStack {

	/** Keywords whose block holds prose rather than metadata. */
	private static final Set<String> PROSE_BLOCK_KEYWORDS = Set.of("text", "summary", "note", "turn", "figure", "heading",
			"opener", "closer", "postscript", "list", "annotation");

	/** Keywords between a prose keyword and its `{`: the type of a note, `note 1 editorial {`. */
	private static final Set<String> PROSE_BLOCK_HEAD_KEYWORDS = Set.of("editorial", "authorial", "source");

	private final Deque<LexerMode> frames = new ArrayDeque<>();

	/** A prose keyword was seen, so the next `{` opens prose. */
	private boolean proseBlockPending;

	void reset() {
		frames.clear();
		proseBlockPending = false;
	}

	boolean inProse() {
		LexerMode top = frames.peek();
		return top != null && top.prose;
	}

	/** Whether the lexer is in the head of an inline tag, between `<` and `|` or `>`. */
	boolean inTagHead() {
		return frames.peek() == LexerMode.TAG_HEAD;
	}

	/** Whether a blank line here separates paragraphs (only inside a prose block). */
	boolean hasProseBlock() {
		return frames.contains(LexerMode.PROSE_BLOCK);
	}

	/** How many tags and brackets are open inside the innermost block. */
	int inlineDepth() {
		int depth = 0;
		for (LexerMode mode : frames) {
			if (mode == LexerMode.PROSE_BLOCK || mode == LexerMode.CODE_BLOCK) {
				break;
			}
			depth++;
		}
		return depth;
	}

	/** How many blocks are open. */
	int blockDepth() {
		int depth = 0;
		for (LexerMode mode : frames) {
			if (mode == LexerMode.PROSE_BLOCK || mode == LexerMode.CODE_BLOCK) {
				depth++;
			}
		}
		return depth;
	}

	/** Whether a closing bracket in prose closes nothing that is open. */
	boolean closesNothing(int c) {
		return switch (c) {
			case '>' -> !frames.contains(LexerMode.TAG_BODY);
			case ']' -> !frames.contains(LexerMode.BRACKET);
			case '⟩' -> !frames.contains(LexerMode.OMISSION);
			default -> false;
		};
	}

	/** A blank line ends every inline construct still open in the current prose block. */
	void closeInlineFrames() {
		while (!frames.isEmpty() && frames.peek() != LexerMode.PROSE_BLOCK) {
			frames.pop();
		}
	}

	/** An unclosed prose block runs into what looks like the next block: close it and what is open in it. */
	void closeProseBlock() {
		while (!frames.isEmpty() && frames.pop() != LexerMode.PROSE_BLOCK) {
			// inline frames of the block
		}
		proseBlockPending = false;
	}

	/** An unclosed prose block runs into what looks like the next document: leave prose. */
	void closeAll() {
		frames.clear();
		proseBlockPending = false;
	}

	/**
	 * Updates the mode after a token.
	 *
	 * @param text the token's text
	 * @param keyword whether the token is a keyword (not an id, number, string or prose)
	 */
	void afterToken(String text, boolean keyword) {
		if (!keyword) {
			return;
		}
		if (inProse()) {
			afterProseToken(text);
		} else {
			afterCodeToken(text);
		}
	}

	private void afterCodeToken(String text) {
		LexerMode top = frames.peek();
		switch (text) {
			case "{" -> {
				frames.push(proseBlockPending ? LexerMode.PROSE_BLOCK : LexerMode.CODE_BLOCK);
				proseBlockPending = false;
			}
			case "}" -> popThrough(EnumSet.of(LexerMode.CODE_BLOCK));
			case "|" -> {
				if (top == LexerMode.TAG_HEAD) {
					frames.pop();
					frames.push(LexerMode.TAG_BODY);
					// <figure|…> names no block
					proseBlockPending = false;
				}
			}
			case ">" -> {
				if (top == LexerMode.TAG_HEAD) {
					frames.pop();
					proseBlockPending = false;
				}
			}
			case "]" -> {
				if (top == LexerMode.NOTE_REFERENCE) {
					frames.pop();
				}
			}
			default -> {
				if (Character.isLetter(text.charAt(0))) {
					proseBlockPending = PROSE_BLOCK_KEYWORDS.contains(text)
							|| proseBlockPending && PROSE_BLOCK_HEAD_KEYWORDS.contains(text);
				}
			}
		}
	}

	private void afterProseToken(String text) {
		switch (text) {
			case "<" -> frames.push(LexerMode.TAG_HEAD);
			case "[" -> frames.push(LexerMode.BRACKET);
			case "[^" -> frames.push(LexerMode.NOTE_REFERENCE);
			case "{" -> frames.push(LexerMode.SURPLUS);
			case "⟨" -> frames.push(LexerMode.OMISSION);
			case ">" -> popThrough(EnumSet.of(LexerMode.TAG_BODY));
			case "]" -> popThrough(EnumSet.of(LexerMode.BRACKET));
			case "⟩" -> popThrough(EnumSet.of(LexerMode.OMISSION));
			case "}" -> popThrough(EnumSet.of(LexerMode.SURPLUS, LexerMode.PROSE_BLOCK));
			default -> {
				// other keywords cannot occur in prose
			}
		}
	}

	/** Pops frames down to and including the innermost one of the given modes, if there is one. */
	private void popThrough(Set<LexerMode> modes) {
		boolean present = false;
		for (Iterator<LexerMode> it = frames.iterator(); it.hasNext() && !present;) {
			present = modes.contains(it.next());
		}
		if (!present) {
			return;
		}
		LexerMode popped;
		do {
			popped = frames.pop();
		} while (!modes.contains(popped));
	}
}

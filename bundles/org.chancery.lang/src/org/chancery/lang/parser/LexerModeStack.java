package org.chancery.lang.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Tracks whether the lexer is in code or in prose, from the tokens it has emitted. Brackets open
 * and close frames; a closing bracket that does not match the innermost frame closes every frame
 * up to the one it does match, so that one forgotten `>` or `]` damages only its own paragraph.
 * The inline frames closed so, without their own bracket, are kept ({@link #takeForced}): the
 * lexer closes them for the parser and reports each at its opening bracket.
 */
final class LexerModeStack {

	/** An open construct: its mode, and the offset and text of its opening bracket. */
	record Frame(LexerMode mode, int offset, String opener) {
	}

	/** Keywords whose block holds prose rather than metadata. */
	private static final Set<String> PROSE_BLOCK_KEYWORDS = Set.of("text", "summary", "note", "turn", "figure", "heading",
			"opener", "closer", "postscript", "list", "annotation");

	/** Keywords between a prose keyword and its `{`: the type of a note, `note 1 editorial {`. */
	private static final Set<String> PROSE_BLOCK_HEAD_KEYWORDS = Set.of("editorial", "authorial", "source");

	private final Deque<Frame> frames = new ArrayDeque<>();

	/** Inline frames closed without their own closing bracket, innermost first. */
	private final List<Frame> forced = new ArrayList<>();

	/** A prose keyword was seen, so the next `{` opens prose. */
	private boolean proseBlockPending;

	/** The last keyword in code: the kind of a block that a `{` opens (`letter`, `person`, `session`). */
	private String lastKeyword = "";

	void reset() {
		frames.clear();
		forced.clear();
		proseBlockPending = false;
		lastKeyword = "";
	}

	/** The keyword of the innermost block if it holds metadata or register entries' properties, else null. */
	String codeBlockKeyword() {
		Frame top = frames.peek();
		return top != null && top.mode() == LexerMode.CODE_BLOCK ? top.opener() : null;
	}

	private LexerMode top() {
		Frame top = frames.peek();
		return top == null ? null : top.mode();
	}

	boolean inProse() {
		LexerMode top = top();
		return top != null && top.prose;
	}

	/** Whether the lexer is in the head of an inline tag, between `<` and `|` or `>`. */
	boolean inTagHead() {
		return top() == LexerMode.TAG_HEAD;
	}

	/** Whether the lexer reads code inside prose: a tag's head or a footnote marker. */
	boolean inCodeInsideProse() {
		return top() == LexerMode.TAG_HEAD || top() == LexerMode.NOTE_REFERENCE;
	}

	/** Whether a blank line here separates paragraphs (only inside a prose block). */
	boolean hasProseBlock() {
		return contains(LexerMode.PROSE_BLOCK);
	}

	private boolean contains(LexerMode mode) {
		for (Frame frame : frames) {
			if (frame.mode() == mode) {
				return true;
			}
		}
		return false;
	}

	/** How many tags and brackets are open inside the innermost block. */
	int inlineDepth() {
		int depth = 0;
		for (Frame frame : frames) {
			if (frame.mode().block) {
				break;
			}
			depth++;
		}
		return depth;
	}

	/** How many blocks are open. */
	int blockDepth() {
		int depth = 0;
		for (Frame frame : frames) {
			if (frame.mode().block) {
				depth++;
			}
		}
		return depth;
	}

	/** Whether a closing bracket in prose closes nothing that is open. */
	boolean closesNothing(int c) {
		return switch (c) {
			case '>' -> !contains(LexerMode.TAG_BODY);
			case ']' -> !contains(LexerMode.BRACKET);
			case '⟩' -> !contains(LexerMode.OMISSION);
			default -> false;
		};
	}

	/** A blank line ends every inline construct still open in the current prose block. */
	void closeInlineFrames() {
		while (!frames.isEmpty() && !frames.peek().mode().block) {
			forced.add(frames.pop());
		}
	}

	/** An unclosed prose block runs into what looks like the next block: close it and what is open in it. */
	void closeProseBlock() {
		closeInlineFrames();
		if (!frames.isEmpty()) {
			frames.pop();
		}
		proseBlockPending = false;
	}

	/** An unclosed prose block runs into what looks like the next document: leave prose. */
	void closeAll() {
		closeInlineFrames();
		frames.clear();
		proseBlockPending = false;
	}

	/** The inline frames closed without their bracket since the last call, innermost first. */
	List<Frame> takeForced() {
		if (forced.isEmpty()) {
			return List.of();
		}
		List<Frame> taken = List.copyOf(forced);
		forced.clear();
		return taken;
	}

	/**
	 * Updates the mode after a token.
	 *
	 * @param text the token's text
	 * @param keyword whether the token is a keyword (not an id, number, string or prose)
	 * @param offset where the token starts
	 */
	void afterToken(String text, boolean keyword, int offset) {
		if (!keyword) {
			return;
		}
		if (inProse()) {
			afterProseToken(text, offset);
		} else {
			afterCodeToken(text, offset);
		}
	}

	private void afterCodeToken(String text, int offset) {
		LexerMode top = top();
		switch (text) {
			case "{" -> {
				frames.push(proseBlockPending ? new Frame(LexerMode.PROSE_BLOCK, offset, text)
						: new Frame(LexerMode.CODE_BLOCK, offset, lastKeyword));
				proseBlockPending = false;
			}
			// in an unclosed tag's head or footnote marker, a `}` ends the prose block around it
			case "}" -> popThrough(top == LexerMode.TAG_HEAD || top == LexerMode.NOTE_REFERENCE
					? EnumSet.of(LexerMode.SURPLUS, LexerMode.PROSE_BLOCK)
					: EnumSet.of(LexerMode.CODE_BLOCK));
			case "|" -> {
				if (top == LexerMode.TAG_HEAD) {
					Frame head = frames.pop();
					frames.push(new Frame(LexerMode.TAG_BODY, head.offset(), head.opener()));
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
					lastKeyword = text;
					proseBlockPending = PROSE_BLOCK_KEYWORDS.contains(text)
							|| proseBlockPending && PROSE_BLOCK_HEAD_KEYWORDS.contains(text);
				}
			}
		}
	}

	private void afterProseToken(String text, int offset) {
		switch (text) {
			case "<" -> frames.push(new Frame(LexerMode.TAG_HEAD, offset, text));
			case "[" -> frames.push(new Frame(LexerMode.BRACKET, offset, text));
			case "[^" -> frames.push(new Frame(LexerMode.NOTE_REFERENCE, offset, text));
			case "{" -> frames.push(new Frame(LexerMode.SURPLUS, offset, text));
			case "⟨" -> frames.push(new Frame(LexerMode.OMISSION, offset, text));
			case ">" -> popThrough(EnumSet.of(LexerMode.TAG_BODY));
			case "]" -> popThrough(EnumSet.of(LexerMode.BRACKET));
			case "⟩" -> popThrough(EnumSet.of(LexerMode.OMISSION));
			case "}" -> popThrough(EnumSet.of(LexerMode.SURPLUS, LexerMode.PROSE_BLOCK));
			default -> {
				// other keywords cannot occur in prose
			}
		}
	}

	/**
	 * Pops frames down to and including the innermost one of the given modes, if there is one; the
	 * inline frames above it were not closed by their own bracket.
	 */
	private void popThrough(Set<LexerMode> modes) {
		boolean present = false;
		for (Iterator<Frame> it = frames.iterator(); it.hasNext() && !present;) {
			present = modes.contains(it.next().mode());
		}
		if (!present) {
			return;
		}
		Frame popped;
		while (!modes.contains((popped = frames.pop()).mode())) {
			if (!popped.mode().block) {
				forced.add(popped);
			}
		}
	}
}

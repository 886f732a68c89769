package org.chancery.lang.parser;

/**
 * The lexical context a frame of {@link LexerModeStack} stands for. In code mode the generated
 * ANTLR lexer runs as usual; in prose mode {@link ProseScanner} turns the characters between
 * tags into PROSE tokens.
 */
enum LexerMode {
	/** `{ … }` of a register entry or a document's metadata. */
	CODE_BLOCK(false, true, "}"),
	/**
	 * `text { … }`, `summary { … }`, `note 1 { … }`, `turn … { … }`, `figure … { … }`, and the
	 * blocks of a letter's shape: `heading`, `opener`, `closer`, `postscript`, `list`, `annotation`.
	 */
	PROSE_BLOCK(true, true, "}"),
	/** The head of an inline tag, `<yang-zengxin` up to `|`. */
	TAG_HEAD(false, false, ">"),
	/** The surface text of an inline tag, from `|` to `>`. */
	TAG_BODY(true, false, ">"),
	/** The editor's square brackets. */
	BRACKET(true, false, "]"),
	/** `[^1]`, the place of a footnote. */
	NOTE_REFERENCE(false, false, "]"),
	/** Leiden `{ }` inside prose: letters written in excess. */
	SURPLUS(true, false, "}"),
	/** Leiden `⟨ ⟩`: letters the scribe omitted. */
	OMISSION(true, false, "⟩");

	final boolean prose;

	/** A block (`{ … }` of a document, an entry or a prose block) rather than an inline construct. */
	final boolean block;

	/** The bracket that closes the frame. */
	final String closing;

	LexerMode(boolean prose, boolean block, String closing) {
		this.prose = prose;
		this.block = block;
		this.closing = closing;
	}
}

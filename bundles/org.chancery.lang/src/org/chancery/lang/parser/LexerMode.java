package org.chancery.lang.parser;

/**
 * The lexical context a frame of {@link LexerModeStack} stands for. In code mode the generated
 * ANTLR lexer runs as usual; in prose mode {@link ProseScanner} turns the characters between
 * tags into PROSE tokens.
 */
enum LexerMode {
	/** `{ … }` of a register entry or a document's metadata. */
	CODE_BLOCK(false),
	/**
	 * `text { … }`, `summary { … }`, `note 1 { … }`, `turn … { … }`, `figure … { … }`, and the
	 * blocks of a letter's shape: `heading`, `opener`, `closer`, `postscript`, `list`, `annotation`.
	 */
	PROSE_BLOCK(true),
	/** The head of an inline tag, `<yang-zengxin` up to `|`. */
	TAG_HEAD(false),
	/** The surface text of an inline tag, from `|` to `>`. */
	TAG_BODY(true),
	/** The editor's square brackets. */
	BRACKET(true),
	/** `[^1]`, the place of a footnote. */
	NOTE_REFERENCE(false),
	/** Leiden `{ }` inside prose: letters written in excess. */
	SURPLUS(true),
	/** Leiden `⟨ ⟩`: letters the scribe omitted. */
	OMISSION(true);

	final boolean prose;

	LexerMode(boolean prose) {
		this.prose = prose;
	}
}

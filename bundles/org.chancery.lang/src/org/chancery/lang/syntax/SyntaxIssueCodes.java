package org.chancery.lang.syntax;

/**
 * The codes of the errors the parser and the lexer report (the rules' codes are in
 * {@link org.chancery.lang.validation.ChanceryIssueCodes}). Stable: tests and tools key on them.
 */
public final class SyntaxIssueCodes {

	private SyntaxIssueCodes() {
	}

	private static final String PREFIX = "chancery.syntax.";

	/** A word that is not a keyword where only keywords may stand; data: the word, then a suggestion or nothing. */
	public static final String UNKNOWN_WORD = PREFIX + "unknown-word";

	/** Something else than what the grammar allows here (a date, an id, a string, a bracket). */
	public static final String UNEXPECTED = PREFIX + "unexpected";

	/** A `<` whose tag has no `>`; reported at the `<`. */
	public static final String UNCLOSED_TAG = PREFIX + "unclosed-tag";

	/** A `[`, `⟨` or a Leiden `{` in prose without its closing bracket; reported at the opening one. */
	public static final String UNCLOSED_BRACKET = PREFIX + "unclosed-bracket";

	/** A block's `{` without its `}`; reported at the `{`. */
	public static final String UNCLOSED_BLOCK = PREFIX + "unclosed-block";

	/** A closing bracket that closes nothing (`]`, `>`, `⟩` in prose, `}` after the last block). */
	public static final String UNMATCHED_CLOSING = PREFIX + "unmatched-closing";

	/** A string whose closing quotation mark is missing on its line. */
	public static final String UNCLOSED_STRING = PREFIX + "unclosed-string";

	/** A comment `/*` without its end. */
	public static final String UNCLOSED_COMMENT = PREFIX + "unclosed-comment";

	/** Tags, brackets or blocks nested deeper than the language reads (see {@link NestingLimits}). */
	public static final String TOO_DEEP = PREFIX + "too-deep";

	/** Characters the lexer cannot read at all. */
	public static final String UNREADABLE = PREFIX + "unreadable";

	/** A value that cannot be converted (a number too large, a bad escape in a string). */
	public static final String BAD_VALUE = PREFIX + "bad-value";
}

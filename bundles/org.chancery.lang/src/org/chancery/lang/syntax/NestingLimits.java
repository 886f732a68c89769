package org.chancery.lang.syntax;

/**
 * How deep Chancery reads nested constructs. Far beyond any transcription (the example corpus
 * nests 4 tags and 4 blocks deep), far below what would exhaust the parser's stack, and low enough
 * that an export stays below the element depth XML parsers accept by default (the JDK's 100,
 * xmllint's 256): 8 blocks and 16 tags of at most two TEI elements each, under the TEI header's
 * few levels. The lexer skips what lies deeper, with one error at the construct that crosses the limit.
 */
public final class NestingLimits {

	private NestingLimits() {
	}

	/** Tags, brackets and quotations inside one another within a paragraph. */
	public static final int INLINE = 16;

	/** Blocks inside one another: a document's `{`, a session's, a text's, a quoted document's summary. */
	public static final int BLOCKS = 8;
}

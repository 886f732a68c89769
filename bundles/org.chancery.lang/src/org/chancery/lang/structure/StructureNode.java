package org.chancery.lang.structure;

import java.util.List;

/**
 * One element of a file's structure as a reader compares it: a document, a register entry, a hand,
 * a session or section, or a field of one of them (a metadata line, a text block, a note).
 *
 * @param key what identifies the element among its siblings: the id of a document, entry or hand;
 *     the keyword of a field ({@code date}, {@code from}), or the words before its braces
 *     ({@code note 1}, {@code turn molotov}), numbered from the second of the same key on
 *     ({@code variant #2})
 * @param label how it is shown: {@code telegram 1949-10-14-filipov-to-kovalev}, {@code date}
 * @param value the element's text with its whitespace made single spaces (for a field, without its
 *     key), which is what is compared
 * @param offset where the element starts in its file
 * @param length how many characters it spans
 */
public record StructureNode(Kind kind, String key, String label, String value, int offset, int length,
		List<StructureNode> children) {

	/** What sort of element this is. */
	public enum Kind {
		DOCUMENT, ENTRY, HAND, DIVISION, FIELD
	}

	/** A field whose value is a block of prose in braces (compared, but too long to print). */
	public boolean isBlock() {
		return kind == Kind.FIELD && value.endsWith("}");
	}
}

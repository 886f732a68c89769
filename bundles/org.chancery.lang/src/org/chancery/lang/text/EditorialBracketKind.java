package org.chancery.lang.text;

/** What an editor's square bracket says, as printed editions use them. */
public enum EditorialBracketKind {
	/** {@code [sic]}: the preceding word is as the source has it, error included. */
	SIC,
	/** {@code […]}, {@code [...]}, {@code [illegible]}: text the editor could not give. */
	GAP,
	/** {@code [?]}: the preceding reading is uncertain. */
	UNCLEAR,
	/** {@code [emphasis mine – ed.]}: a comment of the editor. */
	EDITORIAL_NOTE,
	/** {@code [Foreign] Ministry}: words the editor supplied. */
	SUPPLIED,
	/** {@code []}: nothing in the brackets; a validation error. */
	EMPTY
}

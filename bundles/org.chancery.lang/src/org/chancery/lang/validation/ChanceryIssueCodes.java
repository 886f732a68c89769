package org.chancery.lang.validation;

/**
 * The stable codes of every issue Chancery's rules report (syntax errors have theirs in
 * {@link org.chancery.lang.syntax.SyntaxIssueCodes}). Quick fixes, the command line and tests key
 * on them; never rename one. Where an issue carries data for a quick fix, its layout is given.
 */
public final class ChanceryIssueCodes {

	private ChanceryIssueCodes() {
	}

	private static final String PREFIX = "chancery.";

	// files

	/** A file that is not UTF-8, at its first bad byte. Data: the byte, as 0xE9. */
	public static final String NOT_UTF8 = PREFIX + "not-utf-8";

	/** A character XML cannot carry (a control, U+FFFE, U+FFFF, half a surrogate pair), typed or
	 * produced by a string's escape. Data: the character as U+XXXX. */
	public static final String INVALID_CHARACTER = PREFIX + "invalid-character";

	// references

	/** An id that names no entry or document. Data: the id, the surface text (or ""), then the
	 * kinds of entry that would fit ("person", "place", "organisation", "publication",
	 * "document"), then up to three close ids prefixed with "~". */
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";

	/** A footnote marker [^n] without a note n in its document. Data: the note name. */
	public static final String UNRESOLVED_NOTE = PREFIX + "unresolved-note";

	/** The same id declared twice in the corpus (or, for a hand, twice for one document). Data: the id. */
	public static final String DUPLICATE_ID = PREFIX + "duplicate-id";

	/** A hand's id (in `<hand …>`, an addition, a deletion, an annotation) that no `hand` declares.
	 * Data: the id. */
	public static final String UNDECLARED_HAND = PREFIX + "undeclared-hand";

	/** Two ids that differ only in case (one file on macOS and Windows) or that become the same
	 * {@code xml:id} (`_1917-x` and `1917-x`). Data: the id, the other id. */
	public static final String ID_COLLISION = PREFIX + "id-collision";

	/** An id that is a word of the tags (`add`, `label`): a tag's head would read it as that word.
	 * Data: the id. */
	public static final String TAG_WORD_ID = PREFIX + "tag-word-id";

	// dates

	/** A date that does not exist (31 June, 29 February 1917) or is malformed. */
	public static final String INVALID_DATE = PREFIX + "invalid-date";

	/** A range whose end lies before its start. */
	public static final String REVERSED_RANGE = PREFIX + "reversed-range";

	/** Received before it was sent. */
	public static final String RECEIVED_BEFORE_SENT = PREFIX + "received-before-sent";

	/** A reply dated before the document it answers. */
	public static final String REPLY_BEFORE_ORIGINAL = PREFIX + "reply-before-original";

	/** A record written before the event it records. */
	public static final String RECORD_BEFORE_EVENT = PREFIX + "record-before-event";

	/** A party acting in an office outside the span the register gives for it. */
	public static final String OFFICE_OUTSIDE_SPAN = PREFIX + "office-outside-span";

	/** "the 14th" (day 14) in a document without an exact date to count back from. */
	public static final String RELATIVE_DAY_WITHOUT_REFERENCE = PREFIX + "relative-day-without-reference";

	// metadata

	/** A document kind's required sender is missing. Data: the document kind. */
	public static final String MISSING_SENDER = PREFIX + "missing-sender";

	/** A document kind's required recipient is missing. Data: the document kind. */
	public static final String MISSING_RECIPIENT = PREFIX + "missing-recipient";

	/** Neither a date nor an explicit `undated`. Data: the document kind. */
	public static final String MISSING_DATE = PREFIX + "missing-date";

	/** A conversation or meeting without participants. */
	public static final String MISSING_PARTICIPANTS = PREFIX + "missing-participants";

	/** A document without a title. */
	public static final String MISSING_TITLE = PREFIX + "missing-title";

	/** A property given twice where once is meant (two titles, two `sent` dates). */
	public static final String DUPLICATE_PROPERTY = PREFIX + "duplicate-property";

	/** `undated` together with a date. */
	public static final String UNDATED_WITH_DATE = PREFIX + "undated-with-date";

	/** A register entry without a preferred name. */
	public static final String MISSING_NAME = PREFIX + "missing-name";

	/** A property that does not belong to this kind of entry (coordinates of a person). */
	public static final String MISPLACED_PROPERTY = PREFIX + "misplaced-property";

	/** Coordinates outside -90..90 / -180..180. */
	public static final String INVALID_COORDINATES = PREFIX + "invalid-coordinates";

	/** An authority id of the wrong form for its scheme. Data: the scheme, the code. */
	public static final String MALFORMED_AUTHORITY_ID = PREFIX + "malformed-authority-id";

	// text

	/** A mention whose words match no name, variant or alias of its entry. Data: the surface
	 * text, then the entry's names, closest first (at most three). */
	public static final String NAME_MISMATCH = PREFIX + "name-mismatch";

	/** A mention naming several entries whose words share no word with the names of one of them
	 * (`<a, b|Kramers>`): not a variant to add, a wrong id or a referring expression. Data: the
	 * surface text, then that entry's names, closest first (at most three). */
	public static final String NO_SHARED_NAME = PREFIX + "no-shared-name";

	/** A note that no [^n] marker points to. */
	public static final String UNREFERENCED_NOTE = PREFIX + "unreferenced-note";

	/** A tag or bracket with nothing in it. */
	public static final String EMPTY_EDITORIAL = PREFIX + "empty-editorial";

	/** A register entry that nothing in the corpus refers to. */
	public static final String UNUSED_ENTRY = PREFIX + "unused-entry";

	/** A language code that is not one (`<foreign fr|…>`, `language de`). */
	public static final String INVALID_LANGUAGE = PREFIX + "invalid-language";

	// the documentary layer: the shape of a letter, corrections

	/** A construct where it cannot stand: a salute outside an opener or closer, a label outside a
	 * list, a note inside a figure's description, text inside a replacement. */
	public static final String MISPLACED_CONSTRUCT = PREFIX + "misplaced-construct";

	/** A block out of the order of a letter: an opener after the text, text after the closer or
	 * after a writing session. */
	public static final String MISPLACED_BLOCK = PREFIX + "misplaced-block";

	/** A replacement without its deletion or its addition. */
	public static final String INCOMPLETE_SUBSTITUTION = PREFIX + "incomplete-substitution";

	/** An opener, closer, postscript, list, heading, annotation or division with nothing in it. */
	public static final String EMPTY_BLOCK = PREFIX + "empty-block";

	// the edition declaration (issue 14)

	/** A licence that is neither a URL nor an SPDX id Chancery knows. Data: the value. */
	public static final String UNKNOWN_LICENCE = PREFIX + "unknown-licence";

	/** An ORCID of the wrong form or with a wrong check digit. Data: the ORCID. */
	public static final String MALFORMED_ORCID = PREFIX + "malformed-orcid";

	/** A base URL that is not an absolute http(s) URL. */
	public static final String MALFORMED_BASE_URL = PREFIX + "malformed-base-url";

	/** An edition that lacks what a CMIF header needs (title, editor, publisher, base URL). Data:
	 * the missing keywords. */
	public static final String INCOMPLETE_EDITION = PREFIX + "incomplete-edition";

	/** A time of day that does not exist (25:00), an offset beyond ±14:00, or a time without its day. */
	public static final String INVALID_TIME = PREFIX + "invalid-time";
}

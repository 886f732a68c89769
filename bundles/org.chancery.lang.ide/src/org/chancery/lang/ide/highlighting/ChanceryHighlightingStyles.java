package org.chancery.lang.ide.highlighting;

/**
 * The style ids {@link ChanceryHighlightingCalculator} reports. Editors map them to colours and
 * fonts (the Eclipse editor in the ui bundle); they are part of the ide layer's contract, so never
 * rename one.
 */
public final class ChanceryHighlightingStyles {

	private ChanceryHighlightingStyles() {
	}

	private static final String PREFIX = "chancery.";

	/** A reference to a person: the id in a mention or in metadata. */
	public static final String PERSON = PREFIX + "person";

	/** A reference to a place. */
	public static final String PLACE = PREFIX + "place";

	/** A reference to an organisation. */
	public static final String ORGANISATION = PREFIX + "organisation";

	/** A reference to a publication (a document's source). */
	public static final String PUBLICATION = PREFIX + "publication";

	/** A reference to a document, transcribed or quoted. */
	public static final String DOCUMENT = PREFIX + "document";

	/** A date, in metadata or in a date mention. */
	public static final String DATE = PREFIX + "date";

	/**
	 * The editor's interventions: brackets, Leiden signs, [sic], unclear, supplied and abbreviation
	 * tags, footnote markers.
	 */
	public static final String EDITORIAL = PREFIX + "editorial";

	/**
	 * What the writers did to the manuscript: the heads of deletions, additions and replacements,
	 * changes of hand, page and line breaks, and the ids of hands.
	 */
	public static final String MANUSCRIPT = PREFIX + "manuscript";

	/** A reference whose id names nothing in the corpus. */
	public static final String UNRESOLVED = PREFIX + "unresolved";
}

package org.chancery.lang.dates;

/**
 * The calendar in which a document is dated. A date is always written in its document's calendar
 * and converted to the Gregorian calendar only for encoding and comparison.
 */
public enum CalendarSystem {

	/** The Gregorian calendar, proleptic before its introduction on 15 October 1582. */
	GREGORIAN,

	/**
	 * The Julian calendar (every fourth year a leap year), e.g. Russian documents until
	 * 31 January 1918.
	 */
	JULIAN
}

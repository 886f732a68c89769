package org.chancery.lang.dates;

/**
 * The attribute values of a TEI dating element ({@code <date>}, {@code <origDate>} …) for one
 * statement about a date. Every date value is Gregorian ISO 8601, as TEI's {@code when},
 * {@code notBefore}, {@code notAfter}, {@code from} and {@code to} require: {@code YYYY-MM-DD}, or
 * {@code YYYY-MM} / {@code YYYY} for a Gregorian date written without a day. Absent attributes are
 * null.
 * <p>
 * Years are written with at least four digits and no sign. A Julian date of 1–2 January AD 1
 * becomes Gregorian year {@code 0000} (1 BC, as in ISO 8601 and XML Schema 1.1), and one late in
 * Julian 9999 a five-digit Gregorian year.
 *
 * @param approximate the statement says "c." (circa)
 * @param uncertain   the statement says "?"
 * @param original    for a date written in the Julian calendar, the date as written (for
 *                    {@code when-custom}, {@code notBefore-custom}, {@code notAfter-custom}); for a
 *                    range, both ends as an ISO 8601 interval {@code A/B} (for {@code from-custom}
 *                    and {@code to-custom}); null for Gregorian dates, whose written form is already
 *                    in the attributes above
 * @param calendar    the calendar of {@code original} (for {@code datingMethod}); null exactly when
 *                    {@code original} is
 */
public record TeiDate(String when, String notBefore, String notAfter, String from, String to,
		boolean approximate, boolean uncertain, String original, CalendarSystem calendar) {

	public TeiDate {
		if ((original == null) != (calendar == null)) {
			throw new IllegalArgumentException("original and its calendar go together: " + original + ", " + calendar);
		}
	}
}

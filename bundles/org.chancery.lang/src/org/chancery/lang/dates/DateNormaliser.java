package org.chancery.lang.dates;

import java.time.LocalDate;

/**
 * Turns what a document states about a date into {@link TeiDate} attribute values.
 * <ul>
 * <li>A date with a day becomes {@code when}, converted to the Gregorian calendar.</li>
 * <li>A Gregorian month or year stays as written in {@code when}. A Julian month or year covers
 * Gregorian days that are no single Gregorian month or year, so it becomes {@code notBefore} and
 * {@code notAfter}: its first and last Gregorian day.</li>
 * <li>"between A and B", a date known only to lie in that range, becomes {@code notBefore} (the
 * start of A) and {@code notAfter} (the end of B).</li>
 * <li>"from A to B", a span that lasted that long, becomes {@code from} (the start of A) and
 * {@code to} (the end of B).</li>
 * <li>"before D" becomes {@code notAfter} = the last Gregorian day of D; "after D" becomes
 * {@code notBefore} = the first Gregorian day of D. These are always full days.</li>
 * <li>A Julian date is also kept as written, with its calendar, for TEI's {@code *-custom}
 * attributes.</li>
 * </ul>
 */
public final class DateNormaliser {

	private DateNormaliser() {
	}

	/** A date stated outright, perhaps qualified as approximate ("c.") or uncertain ("?"). */
	public static TeiDate exact(WrittenDate date, boolean approximate, boolean uncertain) {
		if (date.precision() == DatePrecision.DAY || date.calendar() == CalendarSystem.GREGORIAN) {
			return new TeiDate(start(date), null, null, null, null, approximate, uncertain, original(date),
					originalCalendar(date));
		}
		return new TeiDate(null, iso(date.earliest()), iso(date.latest()), null, null, approximate, uncertain,
				original(date), originalCalendar(date));
	}

	/**
	 * "between {@code first} and {@code last}": one day (or month, year) somewhere in the range,
	 * both ends included.
	 *
	 * @throws InvalidDateException as {@link #span(WrittenDate, WrittenDate)}
	 */
	public static TeiDate between(WrittenDate first, WrittenDate last) throws InvalidDateException {
		TeiDate span = span(first, last);
		return new TeiDate(null, span.from(), span.to(), null, null, false, false, span.original(), span.calendar());
	}

	/**
	 * "from {@code first} to {@code last}": a span of time, both ends included.
	 *
	 * @throws InvalidDateException if {@code last} ends before {@code first} begins, or if the ends
	 *                              are written in different calendars (TEI gives one element one
	 *                              {@code datingMethod})
	 */
	public static TeiDate span(WrittenDate first, WrittenDate last) throws InvalidDateException {
		if (first.calendar() != last.calendar()) {
			throw new InvalidDateException("A range must be written in one calendar: " + first.iso() + " is "
					+ name(first.calendar()) + " but " + last.iso() + " is " + name(last.calendar()) + ".");
		}
		if (last.latest().isBefore(first.earliest())) {
			throw new InvalidDateException("The range ends before it begins.");
		}
		String original = first.calendar() == CalendarSystem.JULIAN ? first.iso() + "/" + last.iso() : null;
		return new TeiDate(null, null, null, start(first), end(last), false, false, original,
				original == null ? null : CalendarSystem.JULIAN);
	}

	/** "before {@code date}": not after its last day. */
	public static TeiDate before(WrittenDate date) {
		return new TeiDate(null, null, iso(date.latest()), null, null, false, false, original(date),
				originalCalendar(date));
	}

	/** "after {@code date}": not before its first day. */
	public static TeiDate after(WrittenDate date) {
		return new TeiDate(null, iso(date.earliest()), null, null, null, false, false, original(date),
				originalCalendar(date));
	}

	/** A Gregorian date without a day is already valid TEI as written; anything else needs its day. */
	private static String start(WrittenDate date) {
		return keepsWrittenForm(date) ? date.iso() : iso(date.earliest());
	}

	private static String end(WrittenDate date) {
		return keepsWrittenForm(date) ? date.iso() : iso(date.latest());
	}

	private static boolean keepsWrittenForm(WrittenDate date) {
		return date.calendar() == CalendarSystem.GREGORIAN && date.precision() != DatePrecision.DAY;
	}

	private static String original(WrittenDate date) {
		return date.calendar() == CalendarSystem.JULIAN ? date.iso() : null;
	}

	private static CalendarSystem originalCalendar(WrittenDate date) {
		return date.calendar() == CalendarSystem.JULIAN ? CalendarSystem.JULIAN : null;
	}

	/**
	 * Not {@link LocalDate#toString()}: it signs years above 9999 ("+10000-…"), which XML Schema
	 * dates do not allow.
	 */
	private static String iso(LocalDate date) {
		return "%04d-%02d-%02d".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	private static String name(CalendarSystem calendar) {
		return calendar == CalendarSystem.JULIAN ? "Julian" : "Gregorian";
	}
}

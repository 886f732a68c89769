package org.chancery.lang.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the historian wrote it, in the calendar of its document: a year, a year and month, or
 * a full day. An instance always denotes a date that exists in its calendar (years 1 to 9999).
 * <p>
 * {@link #earliest()} and {@link #latest()} give the first and last day it covers in the
 * (proleptic) Gregorian calendar, the common ground for comparing dates of different calendars.
 *
 * @param year     1 to 9999
 * @param month    1 to 12, or 0 when only the year is written
 * @param day      1 to the length of the month, or 0 when no day is written
 * @param calendar the calendar the date is written in
 */
public record WrittenDate(int year, int month, int day, CalendarSystem calendar) {

	private static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

	/**
	 * @throws IllegalArgumentException if the date does not exist, with the message
	 *                                  {@link #parse} would give
	 */
	public WrittenDate {
		Objects.requireNonNull(calendar, "calendar");
		String problem = problem(year, month, month != 0, day, day != 0, calendar);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (exactly 4, 2 and 2 digits) as a date
	 * of the calendar.
	 *
	 * @throws InvalidDateException if the text is not in that form or names a day, month or year that
	 *                              does not exist in the calendar
	 */
	public static WrittenDate parse(String iso, CalendarSystem calendar) throws InvalidDateException {
		Objects.requireNonNull(iso, "iso");
		Objects.requireNonNull(calendar, "calendar");
		Matcher matcher = ISO.matcher(iso);
		if (!matcher.matches()) {
			throw new InvalidDateException("'" + iso + "' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.");
		}
		int year = Integer.parseInt(matcher.group(1));
		boolean hasMonth = matcher.group(2) != null;
		boolean hasDay = matcher.group(3) != null;
		int month = hasMonth ? Integer.parseInt(matcher.group(2)) : 0;
		int day = hasDay ? Integer.parseInt(matcher.group(3)) : 0;
		// "00" is written, not absent: check with what was written before 0 comes to mean "absent".
		String problem = problem(year, month, hasMonth, day, hasDay, calendar);
		if (problem != null) {
			throw new InvalidDateException(problem);
		}
		return new WrittenDate(year, month, day, calendar);
	}

	public DatePrecision precision() {
		if (day != 0) {
			return DatePrecision.DAY;
		}
		return month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
	}

	/** The first (proleptic) Gregorian day the date covers. */
	public LocalDate earliest() {
		return Calendars.toGregorian(year, Math.max(month, 1), Math.max(day, 1), calendar);
	}

	/** The last (proleptic) Gregorian day the date covers. */
	public LocalDate latest() {
		int lastMonth = month == 0 ? 12 : month;
		int lastDay = day == 0 ? Calendars.lengthOfMonth(year, lastMonth, calendar) : day;
		return Calendars.toGregorian(year, lastMonth, lastDay, calendar);
	}

	/** The date as written, in its own calendar: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
	public String iso() {
		return switch (precision()) {
		case YEAR -> "%04d".formatted(year);
		case MONTH -> "%04d-%02d".formatted(year, month);
		case DAY -> "%04d-%02d-%02d".formatted(year, month, day);
		};
	}

	/** What is wrong with the date, in the historian's words, or null if it exists. */
	private static String problem(int year, int month, boolean hasMonth, int day, boolean hasDay,
			CalendarSystem calendar) {
		if (year == 0) {
			return "Year 0 does not exist: the year before AD 1 is 1 BC.";
		}
		if (year < Calendars.MIN_YEAR || year > Calendars.MAX_YEAR) {
			return "Year " + year + " is out of range: years run from 1 to 9999.";
		}
		if (hasMonth && (month < 1 || month > 12)) {
			return "Month " + month + " does not exist.";
		}
		if (!hasDay) {
			return null;
		}
		if (!hasMonth) {
			return "A day needs a month: day " + day + " of which month of " + year + "?";
		}
		if (day < 1 || day > 31) {
			return "Day " + day + " does not exist.";
		}
		if (day <= Calendars.lengthOfMonth(year, month, calendar)) {
			return null;
		}
		if (month == 2 && day == 29) {
			// Every Gregorian leap year is a Julian one, so only the Gregorian calendar can lack a
			// 29 February that the other calendar has; that is the usual slip with old dates.
			if (calendar == CalendarSystem.GREGORIAN && Calendars.isLeapYear(year, CalendarSystem.JULIAN)) {
				return "29 February " + year + " does not exist in the Gregorian calendar (" + year
						+ " is a leap year only in the Julian calendar).";
			}
			return "29 February " + year + " does not exist: " + year + " is not a leap year.";
		}
		return "There is no " + day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
	}
}

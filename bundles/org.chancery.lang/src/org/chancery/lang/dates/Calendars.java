package org.chancery.lang.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.JulianFields;

/**
 * Arithmetic of the Julian and Gregorian calendars for years 1 to 9999.
 * <p>
 * Gregorian dates are {@link LocalDate}s, i.e. in the <em>proleptic</em> Gregorian calendar: before
 * 15 October 1582 they are what the Gregorian rule gives when carried backwards, not dates any
 * document of the time bears. Julian 1 January 1 is therefore Gregorian 30 December of year 0
 * (1 BC).
 * <p>
 * Methods taking a date throw {@link DateTimeException} for a date that does not exist; dates written
 * by historians are checked first by {@link WrittenDate}, which explains the problem to them.
 */
public final class Calendars {

	static final int MIN_YEAR = 1;
	static final int MAX_YEAR = 9999;

	private Calendars() {
	}

	/**
	 * Julian: every year divisible by 4. Gregorian: divisible by 4, except centuries not divisible
	 * by 400.
	 */
	public static boolean isLeapYear(int year, CalendarSystem calendar) {
		return switch (calendar) {
		case JULIAN -> year % 4 == 0;
		case GREGORIAN -> Year.isLeap(year);
		};
	}

	/** The number of days of the month (1–12) of the year in the calendar. */
	public static int lengthOfMonth(int year, int month, CalendarSystem calendar) {
		return switch (month) {
		case 2 -> isLeapYear(year, calendar) ? 29 : 28;
		case 4, 6, 9, 11 -> 30;
		case 1, 3, 5, 7, 8, 10, 12 -> 31;
		default -> throw new DateTimeException("Invalid month: " + month);
		};
	}

	/**
	 * The Julian Day Number (days since 1 January 4713 BC, Julian, as used by astronomers) of the
	 * date in the calendar, by the standard integer formula. It is the one day count both calendars
	 * share, which is why conversions go through it.
	 */
	public static long julianDayNumber(int year, int month, int day, CalendarSystem calendar) {
		check(year, month, day, calendar);
		// The year is counted from March so that the leap day falls at its end; the 4800 keeps
		// every term positive so that integer division truncates like floor.
		long a = (14 - month) / 12;
		long y = year + 4800 - a;
		long m = month + 12 * a - 3;
		long days = day + (153 * m + 2) / 5 + 365 * y + y / 4;
		return switch (calendar) {
		case JULIAN -> days - 32083;
		case GREGORIAN -> days - y / 100 + y / 400 - 32045;
		};
	}

	/**
	 * The (proleptic) Gregorian date of the day written as year, month and day in the calendar;
	 * Julian dates are converted through their {@link #julianDayNumber Julian Day Number}, so the
	 * conversion is right in every century.
	 */
	public static LocalDate toGregorian(int year, int month, int day, CalendarSystem calendar) {
		return switch (calendar) {
		case GREGORIAN -> {
			check(year, month, day, calendar);
			yield LocalDate.of(year, month, day);
		}
		case JULIAN -> LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDayNumber(year, month, day, calendar));
		};
	}

	private static void check(int year, int month, int day, CalendarSystem calendar) {
		if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
				|| day > lengthOfMonth(year, month, calendar)) {
			throw new DateTimeException(
					"No such date in the " + calendar + " calendar: year " + year + ", month " + month + ", day " + day);
		}
	}
}

package org.chancery.lang.dates;

import static org.chancery.lang.dates.CalendarSystem.GREGORIAN;
import static org.chancery.lang.dates.CalendarSystem.JULIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.JulianFields;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of both calendars, against published values and against java.time. */
class CalendarsTest {

	@ParameterizedTest(name = "{0}: Julian {1}, Gregorian {2}")
	@CsvSource({ "1917, false, false", "1916, true, true", "1900, true, false", "1800, true, false",
			"1700, true, false", "1600, true, true", "2000, true, true", "2100, true, false", "4, true, true",
			"1, false, false" })
	void leapYears(int year, boolean julian, boolean gregorian) {
		assertEquals(julian, Calendars.isLeapYear(year, JULIAN));
		assertEquals(gregorian, Calendars.isLeapYear(year, GREGORIAN));
	}

	@ParameterizedTest(name = "{0}-{1}: Julian {2}, Gregorian {3}")
	@CsvSource({ "1900, 2, 29, 28", "2000, 2, 29, 29", "1917, 2, 28, 28", "1917, 1, 31, 31", "1917, 4, 30, 30",
			"1917, 6, 30, 30", "1917, 7, 31, 31", "1917, 9, 30, 30", "1917, 11, 30, 30", "1917, 12, 31, 31" })
	void monthLengths(int year, int month, int julian, int gregorian) {
		assertEquals(julian, Calendars.lengthOfMonth(year, month, JULIAN));
		assertEquals(gregorian, Calendars.lengthOfMonth(year, month, GREGORIAN));
	}

	/** Published Julian Day Numbers (the day beginning at midnight on the date). */
	@ParameterizedTest(name = "{0} ({1}) is JDN {2}")
	@CsvSource({ "2000-01-01, GREGORIAN, 2451545", "1858-11-17, GREGORIAN, 2400001",
			"1582-10-15, GREGORIAN, 2299161", "1582-10-05, JULIAN, 2299161", "1582-10-04, JULIAN, 2299160",
			"0001-01-01, JULIAN, 1721424" })
	void julianDayNumbers(String written, CalendarSystem calendar, long jdn) throws InvalidDateException {
		WrittenDate date = WrittenDate.parse(written, calendar);
		assertEquals(jdn, Calendars.julianDayNumber(date.year(), date.month(), date.day(), calendar));
	}

	/** 400 Julian years have 100 leap days, 400 Gregorian years 97. */
	@Test
	void fourCenturiesOfDays() {
		assertEquals(146_100, Calendars.julianDayNumber(2000, 1, 1, JULIAN) - Calendars.julianDayNumber(1600, 1, 1, JULIAN));
		assertEquals(146_097,
				Calendars.julianDayNumber(2000, 1, 1, GREGORIAN) - Calendars.julianDayNumber(1600, 1, 1, GREGORIAN));
	}

	@Test
	void gregorianDayNumbersAgreeWithJavaTimeOnEveryDay() {
		for (LocalDate day = LocalDate.of(1, 1, 1); day.getYear() <= 9999; day = day.plusDays(1)) {
			long expected = day.getLong(JulianFields.JULIAN_DAY);
			if (Calendars.julianDayNumber(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), GREGORIAN) != expected) {
				assertEquals(expected,
						Calendars.julianDayNumber(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), GREGORIAN),
						day.toString());
			}
		}
	}

	/** Julian days, taken in order from 1 January AD 1, are consecutive Gregorian days: none skipped, none repeated. */
	@Test
	void everyJulianDayFollowsThePreviousOne() {
		LocalDate expected = LocalDate.of(0, 12, 30);
		for (int year = 1; year <= 9999; year++) {
			for (int month = 1; month <= 12; month++) {
				for (int day = 1; day <= Calendars.lengthOfMonth(year, month, JULIAN); day++) {
					LocalDate actual = Calendars.toGregorian(year, month, day, JULIAN);
					if (!actual.equals(expected)) {
						assertEquals(expected, actual, "Julian %04d-%02d-%02d".formatted(year, month, day));
					}
					expected = expected.plusDays(1);
				}
			}
		}
		assertEquals(LocalDate.of(10000, 3, 14), expected, "the day after Julian 9999-12-31");
	}

	@Test
	void gregorianDatesAreThemselves() {
		assertEquals(LocalDate.of(1582, 10, 4), Calendars.toGregorian(1582, 10, 4, GREGORIAN));
		assertEquals(LocalDate.of(1917, 6, 25), Calendars.toGregorian(1917, 6, 25, GREGORIAN));
	}

	@Test
	void datesThatDoNotExistAreProgrammingErrors() {
		assertThrows(DateTimeException.class, () -> Calendars.toGregorian(1900, 2, 29, GREGORIAN));
		assertThrows(DateTimeException.class, () -> Calendars.toGregorian(1917, 2, 29, JULIAN));
		assertThrows(DateTimeException.class, () -> Calendars.julianDayNumber(1917, 6, 31, JULIAN));
		assertThrows(DateTimeException.class, () -> Calendars.toGregorian(0, 1, 1, JULIAN));
		assertThrows(DateTimeException.class, () -> Calendars.toGregorian(10000, 1, 1, GREGORIAN));
		assertThrows(DateTimeException.class, () -> Calendars.lengthOfMonth(1917, 13, GREGORIAN));
	}
}

package org.chancery.lang.dates;

import static org.chancery.lang.dates.CalendarSystem.GREGORIAN;
import static org.chancery.lang.dates.CalendarSystem.JULIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading dates as written, rejecting impossible ones, and the Gregorian days they cover. */
class WrittenDateTest {

	@ParameterizedTest(name = "{0} ({1}): {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1917-06-31 | GREGORIAN | There is no 31 June.
			1917-06-31 | JULIAN    | There is no 31 June.
			1917-04-31 | GREGORIAN | There is no 31 April.
			1917-02-30 | JULIAN    | There is no 30 February.
			1900-02-30 | JULIAN    | There is no 30 February.
			1917-02-29 | JULIAN    | 29 February 1917 does not exist: 1917 is not a leap year.
			1917-02-29 | GREGORIAN | 29 February 1917 does not exist: 1917 is not a leap year.
			1900-02-29 | GREGORIAN | 29 February 1900 does not exist in the Gregorian calendar (1900 is a leap year only in the Julian calendar).
			1700-02-29 | GREGORIAN | 29 February 1700 does not exist in the Gregorian calendar (1700 is a leap year only in the Julian calendar).
			1917-13    | GREGORIAN | Month 13 does not exist.
			1917-13-01 | JULIAN    | Month 13 does not exist.
			1917-00    | GREGORIAN | Month 0 does not exist.
			1917-00-05 | GREGORIAN | Month 0 does not exist.
			1917-06-00 | GREGORIAN | Day 0 does not exist.
			1917-06-32 | JULIAN    | Day 32 does not exist.
			0000       | JULIAN    | Year 0 does not exist: the year before AD 1 is 1 BC.
			0000-01-01 | GREGORIAN | Year 0 does not exist: the year before AD 1 is 1 BC.
			1917-6-3   | GREGORIAN | '1917-6-3' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			917        | GREGORIAN | '917' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			19170613   | GREGORIAN | '19170613' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			1917/06/13 | GREGORIAN | '1917/06/13' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			1917-06-   | GREGORIAN | '1917-06-' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			13.06.1917 | JULIAN    | '13.06.1917' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			1917-06-13T12:00 | GREGORIAN | '1917-06-13T12:00' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			-1917      | GREGORIAN | '-1917' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			١٩١٧       | GREGORIAN | '١٩١٧' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			" 1917"    | GREGORIAN | ' 1917' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			""         | GREGORIAN | '' is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.
			""")
	void rejectsWithAMessageForTheHistorian(String written, CalendarSystem calendar, String message) {
		InvalidDateException e = assertThrows(InvalidDateException.class, () -> WrittenDate.parse(written, calendar));
		assertEquals(message, e.getMessage());
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', textBlock = """
			# written  | calendar  | year | month | day | precision
			1917-06-13 | JULIAN    | 1917 | 6     | 13  | DAY
			1917-06    | JULIAN    | 1917 | 6     | 0   | MONTH
			1917       | GREGORIAN | 1917 | 0     | 0   | YEAR
			0800-12-25 | JULIAN    | 800  | 12    | 25  | DAY
			0001       | JULIAN    | 1    | 0     | 0   | YEAR
			9999-12-31 | GREGORIAN | 9999 | 12    | 31  | DAY
			1900-02-29 | JULIAN    | 1900 | 2     | 29  | DAY
			2000-02-29 | GREGORIAN | 2000 | 2     | 29  | DAY
			""")
	void readsWhatIsWritten(String written, CalendarSystem calendar, int year, int month, int day,
			DatePrecision precision) throws InvalidDateException {
		WrittenDate date = WrittenDate.parse(written, calendar);
		assertEquals(new WrittenDate(year, month, day, calendar), date);
		assertEquals(precision, date.precision());
		assertEquals(written, date.iso());
	}

	/** Expected days worked out by hand from the Julian lag (12 days in 1800–1900, 13 in 1900–2100). */
	@ParameterizedTest(name = "{0} ({1}) covers {2} to {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# written  | calendar  | earliest   | latest
			1917-06-12 | JULIAN    | 1917-06-25 | 1917-06-25
			1917-06    | JULIAN    | 1917-06-14 | 1917-07-13
			1917       | JULIAN    | 1917-01-14 | 1918-01-13
			1917       | GREGORIAN | 1917-01-01 | 1917-12-31
			1917-06-12 | GREGORIAN | 1917-06-12 | 1917-06-12
			1900-02    | GREGORIAN | 1900-02-01 | 1900-02-28
			1900-02    | JULIAN    | 1900-02-13 | 1900-03-13
			2000-02    | GREGORIAN | 2000-02-01 | 2000-02-29
			1899-12    | JULIAN    | 1899-12-13 | 1900-01-12
			""")
	void coversGregorianDays(String written, CalendarSystem calendar, LocalDate earliest, LocalDate latest)
			throws InvalidDateException {
		WrittenDate date = WrittenDate.parse(written, calendar);
		assertEquals(earliest, date.earliest());
		assertEquals(latest, date.latest());
	}

	@Test
	void constructorAcceptsOnlyDatesThatExist() {
		assertEquals("29 February 1917 does not exist: 1917 is not a leap year.",
				assertThrows(IllegalArgumentException.class, () -> new WrittenDate(1917, 2, 29, JULIAN)).getMessage());
		assertEquals("A day needs a month: day 5 of which month of 1917?",
				assertThrows(IllegalArgumentException.class, () -> new WrittenDate(1917, 0, 5, GREGORIAN)).getMessage());
		assertEquals("Year 10000 is out of range: years run from 1 to 9999.",
				assertThrows(IllegalArgumentException.class, () -> new WrittenDate(10000, 0, 0, GREGORIAN)).getMessage());
		assertEquals("Year -44 is out of range: years run from 1 to 9999.",
				assertThrows(IllegalArgumentException.class, () -> new WrittenDate(-44, 3, 15, JULIAN)).getMessage());
		assertEquals("Month -1 does not exist.",
				assertThrows(IllegalArgumentException.class, () -> new WrittenDate(1917, -1, 0, JULIAN)).getMessage());
		assertThrows(NullPointerException.class, () -> new WrittenDate(1917, 6, 13, null));
	}
}

package org.chancery.lang.dates;

import static org.chancery.lang.dates.CalendarSystem.GREGORIAN;
import static org.chancery.lang.dates.CalendarSystem.JULIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "The 14th" against the document's date (conversions of the result are in DateTableTest). */
class RelativeDaysTest {

	@Test
	void staysInTheReferenceCalendar() throws InvalidDateException {
		assertEquals(new WrittenDate(1917, 6, 14, JULIAN), RelativeDays.resolve(14, WrittenDate.parse("1917-07-02", JULIAN)));
		assertEquals(new WrittenDate(1917, 6, 14, GREGORIAN),
				RelativeDays.resolve(14, WrittenDate.parse("1917-06-20", GREGORIAN)));
	}

	@Test
	void firstDayOfTheFirstYear() throws InvalidDateException {
		assertEquals(new WrittenDate(1, 1, 5, JULIAN), RelativeDays.resolve(5, WrittenDate.parse("0001-01-05", JULIAN)));
	}

	@ParameterizedTest(name = "the {0}, against {1}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			0  | 1917-07-02 | GREGORIAN | Day 0 does not exist.
			32 | 1917-07-02 | JULIAN    | Day 32 does not exist.
			-1 | 1917-07-02 | JULIAN    | Day -1 does not exist.
			14 | 1917-07    | JULIAN    | Cannot tell which month the 14th belongs to: the reference date 1917-07 has no day.
			1  | 1917       | GREGORIAN | Cannot tell which month the 1st belongs to: the reference date 1917 has no day.
			2  | 1917       | GREGORIAN | Cannot tell which month the 2nd belongs to: the reference date 1917 has no day.
			3  | 1917       | GREGORIAN | Cannot tell which month the 3rd belongs to: the reference date 1917 has no day.
			11 | 1917       | GREGORIAN | Cannot tell which month the 11th belongs to: the reference date 1917 has no day.
			12 | 1917       | GREGORIAN | Cannot tell which month the 12th belongs to: the reference date 1917 has no day.
			13 | 1917       | GREGORIAN | Cannot tell which month the 13th belongs to: the reference date 1917 has no day.
			21 | 1917       | GREGORIAN | Cannot tell which month the 21st belongs to: the reference date 1917 has no day.
			22 | 1917       | GREGORIAN | Cannot tell which month the 22nd belongs to: the reference date 1917 has no day.
			23 | 1917       | GREGORIAN | Cannot tell which month the 23rd belongs to: the reference date 1917 has no day.
			31 | 1917       | GREGORIAN | Cannot tell which month the 31st belongs to: the reference date 1917 has no day.
			14 | 0001-01-05 | JULIAN    | No 14th falls on or before 0001-01-05.
			""")
	void rejects(int dayOfMonth, String reference, CalendarSystem calendar, String message) {
		InvalidDateException e = assertThrows(InvalidDateException.class,
				() -> RelativeDays.resolve(dayOfMonth, WrittenDate.parse(reference, calendar)));
		assertEquals(message, e.getMessage());
	}
}

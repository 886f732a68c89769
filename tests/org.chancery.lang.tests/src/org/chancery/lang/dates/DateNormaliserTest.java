package org.chancery.lang.dates;

import static org.chancery.lang.dates.CalendarSystem.GREGORIAN;
import static org.chancery.lang.dates.CalendarSystem.JULIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges that cannot be encoded, and the edges of the ones that can (the table is in DateTableTest). */
class DateNormaliserTest {

	@ParameterizedTest(name = "between {0} and {1} ({2})")
	@CsvSource({ "1917-06-26, 1917-06-12, JULIAN", "1917, 1916-12, GREGORIAN", "1917-06, 1917-05-31, GREGORIAN",
			"1917-07, 1917-06-30, JULIAN", "1917-06-02, 1917-06-01, GREGORIAN" })
	void rangeMustNotEndBeforeItBegins(String first, String last, CalendarSystem calendar) {
		InvalidDateException e = assertThrows(InvalidDateException.class,
				() -> DateNormaliser.between(WrittenDate.parse(first, calendar), WrittenDate.parse(last, calendar)));
		assertEquals("The range ends before it begins.", e.getMessage());
	}

	@Test
	void rangeMayEndOnTheDayItBegins() throws InvalidDateException {
		assertEquals(new TeiDate(null, null, null, "1917-06", "1917-06-01", false, false, null, null),
				DateNormaliser.span(WrittenDate.parse("1917-06", GREGORIAN), WrittenDate.parse("1917-06-01", GREGORIAN)));
		// Julian June 1917 begins on Gregorian 14 June.
		assertEquals(new TeiDate(null, "1917-06-14", "1917-06-14", null, null, false, false, "1917-06/1917-06-01", JULIAN),
				DateNormaliser.between(WrittenDate.parse("1917-06", JULIAN), WrittenDate.parse("1917-06-01", JULIAN)));
	}

	@Test
	void rangeMustBeInOneCalendar() {
		InvalidDateException e = assertThrows(InvalidDateException.class,
				() -> DateNormaliser.between(WrittenDate.parse("1917-06-12", JULIAN),
						WrittenDate.parse("1917-07-01", GREGORIAN)));
		assertEquals("A range must be written in one calendar: 1917-06-12 is Julian but 1917-07-01 is Gregorian.",
				e.getMessage());
	}

	@Test
	void originalAndItsCalendarGoTogether() {
		assertThrows(IllegalArgumentException.class,
				() -> new TeiDate("1917-06-25", null, null, null, null, false, false, "1917-06-12", null));
		assertThrows(IllegalArgumentException.class,
				() -> new TeiDate("1917-06-25", null, null, null, null, false, false, null, JULIAN));
	}
}

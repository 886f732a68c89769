package org.chancery.lang.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each statement about a date becomes in TEI, row by row.
 * <p>
 * Every expected value was worked out by hand from the Julian calendar's lag behind the Gregorian:
 * 10 days from Julian 5 October 1582 to Julian 28 February 1700, 11 from Julian 29 February 1700,
 * 12 from Julian 29 February 1800, 13 from Julian 29 February 1900 to Julian 28 February 2100, 14
 * after that; −2 days in the first century (Julian 1 January AD 1 is Gregorian 30 December 1 BC).
 * The lag grows on the Julian 29 February of a century year that is not a Gregorian leap year.
 * <p>
 * Statements: {@code exact}, {@code c.} (approximate), {@code ?} (uncertain), {@code c.?} (both),
 * {@code between A and B} (uncertain range), {@code from A to B} (span), {@code before A}, {@code after A}, and {@code relative}: the day B of the
 * month referred to in a document dated A, then stated outright.
 */
class DateTableTest {

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "", textBlock = """
			# statement | calendar | A | B                || when | notBefore | notAfter | from | to      || original (Julian only)
			# --- exact days, Julian → Gregorian by the lag ---
			exact    | JULIAN    | 0001-01-01 |    | 0000-12-30 |            |            |            |            | 0001-01-01
			exact    | JULIAN    | 1582-10-04 |    | 1582-10-14 |            |            |            |            | 1582-10-04
			exact    | JULIAN    | 1582-10-05 |    | 1582-10-15 |            |            |            |            | 1582-10-05
			exact    | JULIAN    | 1600-02-29 |    | 1600-03-10 |            |            |            |            | 1600-02-29
			exact    | JULIAN    | 1700-02-18 |    | 1700-02-28 |            |            |            |            | 1700-02-18
			exact    | JULIAN    | 1700-02-19 |    | 1700-03-01 |            |            |            |            | 1700-02-19
			exact    | JULIAN    | 1700-02-28 |    | 1700-03-10 |            |            |            |            | 1700-02-28
			exact    | JULIAN    | 1700-02-29 |    | 1700-03-11 |            |            |            |            | 1700-02-29
			exact    | JULIAN    | 1700-03-01 |    | 1700-03-12 |            |            |            |            | 1700-03-01
			exact    | JULIAN    | 1800-02-28 |    | 1800-03-11 |            |            |            |            | 1800-02-28
			exact    | JULIAN    | 1800-03-01 |    | 1800-03-13 |            |            |            |            | 1800-03-01
			exact    | JULIAN    | 1900-02-28 |    | 1900-03-12 |            |            |            |            | 1900-02-28
			exact    | JULIAN    | 1900-02-29 |    | 1900-03-13 |            |            |            |            | 1900-02-29
			exact    | JULIAN    | 1900-03-01 |    | 1900-03-14 |            |            |            |            | 1900-03-01
			exact    | JULIAN    | 1917-06-12 |    | 1917-06-25 |            |            |            |            | 1917-06-12
			exact    | JULIAN    | 1917-06-26 |    | 1917-07-09 |            |            |            |            | 1917-06-26
			exact    | JULIAN    | 1917-10-25 |    | 1917-11-07 |            |            |            |            | 1917-10-25
			exact    | JULIAN    | 1918-01-31 |    | 1918-02-13 |            |            |            |            | 1918-01-31
			exact    | JULIAN    | 2099-12-31 |    | 2100-01-13 |            |            |            |            | 2099-12-31
			exact    | JULIAN    | 2100-03-01 |    | 2100-03-15 |            |            |            |            | 2100-03-01
			# --- exact days, Gregorian: unchanged, also before 1582 (proleptic) ---
			exact    | GREGORIAN | 1917-06-12 |    | 1917-06-12 |            |            |            |            |
			exact    | GREGORIAN | 1200-02-29 |    | 1200-02-29 |            |            |            |            |
			exact    | GREGORIAN | 2000-02-29 |    | 2000-02-29 |            |            |            |            |
			# --- months and years ---
			exact    | GREGORIAN | 1917-06    |    | 1917-06    |            |            |            |            |
			exact    | GREGORIAN | 1917       |    | 1917       |            |            |            |            |
			exact    | JULIAN    | 1917-06    |    |            | 1917-06-14 | 1917-07-13 |            |            | 1917-06
			exact    | JULIAN    | 1917       |    |            | 1917-01-14 | 1918-01-13 |            |            | 1917
			exact    | JULIAN    | 1700-02    |    |            | 1700-02-11 | 1700-03-11 |            |            | 1700-02
			exact    | JULIAN    | 1900-02    |    |            | 1900-02-13 | 1900-03-13 |            |            | 1900-02
			exact    | JULIAN    | 1582       |    |            | 1582-01-11 | 1583-01-10 |            |            | 1582
			# --- approximate and uncertain ---
			c.       | JULIAN    | 1917-06-12 |    | 1917-06-25 |            |            |            |            | 1917-06-12
			?        | GREGORIAN | 1917       |    | 1917       |            |            |            |            |
			c.?      | JULIAN    | 1917       |    |            | 1917-01-14 | 1918-01-13 |            |            | 1917
			# --- ranges ---
			span     | JULIAN    | 1917-06-12 | 1917-06-26 |  |            |            | 1917-06-25 | 1917-07-09 | 1917-06-12/1917-06-26
			span     | JULIAN    | 1917-06    | 1917-07    |  |            |            | 1917-06-14 | 1917-08-13 | 1917-06/1917-07
			span     | JULIAN    | 1917       | 1917-06-12 |  |            |            | 1917-01-14 | 1917-06-25 | 1917/1917-06-12
			span     | JULIAN    | 1700-02-18 | 1700-03-01 |  |            |            | 1700-02-28 | 1700-03-12 | 1700-02-18/1700-03-01
			span     | GREGORIAN | 1917-06    | 1917-07    |  |            |            | 1917-06    | 1917-07    |
			span     | GREGORIAN | 1916       | 1917-03-08 |  |            |            | 1916       | 1917-03-08 |
			span     | GREGORIAN | 1917-06-12 | 1917-06-12 |  |            |            | 1917-06-12 | 1917-06-12 |
			# --- uncertain ranges: the same ends, as notBefore and notAfter ---
			between  | JULIAN    | 1917-06-12 | 1917-06-26 |  | 1917-06-25 | 1917-07-09 |            |            | 1917-06-12/1917-06-26
			between  | JULIAN    | 1917-06    | 1917-07    |  | 1917-06-14 | 1917-08-13 |            |            | 1917-06/1917-07
			between  | GREGORIAN | 1917-06    | 1917-07    |  | 1917-06    | 1917-07    |            |            |
			between  | GREGORIAN | 1916       | 1917-03-08 |  | 1916       | 1917-03-08 |            |            |
			# --- before and after: always full Gregorian days ---
			before   | JULIAN    | 1917-06-12 |    |            |            | 1917-06-25 |            |            | 1917-06-12
			before   | JULIAN    | 1917-06    |    |            |            | 1917-07-13 |            |            | 1917-06
			before   | GREGORIAN | 1917       |    |            |            | 1917-12-31 |            |            |
			before   | JULIAN    | 9999       |    |            |            | 10000-03-13 |           |            | 9999
			after    | JULIAN    | 1917-06    |    |            | 1917-06-14 |            |            |            | 1917-06
			after    | GREGORIAN | 1917-06    |    |            | 1917-06-01 |            |            |            |
			after    | JULIAN    | 1900-02-29 |    |            | 1900-03-13 |            |            |            | 1900-02-29
			# --- relative days: the B-th, in a document dated A ---
			relative | GREGORIAN | 1917-07-02 | 14 | 1917-06-14 |            |            |            |            |
			relative | GREGORIAN | 1917-06-20 | 14 | 1917-06-14 |            |            |            |            |
			relative | GREGORIAN | 1917-06-14 | 14 | 1917-06-14 |            |            |            |            |
			relative | GREGORIAN | 1917-01-05 | 20 | 1916-12-20 |            |            |            |            |
			relative | GREGORIAN | 1917-03-05 | 31 | 1917-01-31 |            |            |            |            |
			relative | GREGORIAN | 1917-07-15 | 31 | 1917-05-31 |            |            |            |            |
			relative | GREGORIAN | 1900-03-05 | 29 | 1900-01-29 |            |            |            |            |
			relative | JULIAN    | 1917-07-02 | 14 | 1917-06-27 |            |            |            |            | 1917-06-14
			relative | JULIAN    | 1900-03-05 | 29 | 1900-03-13 |            |            |            |            | 1900-02-29
			relative | JULIAN    | 1918-02-01 | 31 | 1918-02-13 |            |            |            |            | 1918-01-31
			""")
	void statementBecomesTeiAttributes(String statement, CalendarSystem calendar, String a, String b, String when,
			String notBefore, String notAfter, String from, String to, String original) throws InvalidDateException {
		boolean approximate = statement.contains("c.");
		boolean uncertain = statement.contains("?");
		TeiDate expected = new TeiDate(when, notBefore, notAfter, from, to, approximate, uncertain, original,
				original == null ? null : calendar);

		WrittenDate date = WrittenDate.parse(a, calendar);
		TeiDate actual = switch (statement) {
		case "between" -> DateNormaliser.between(date, WrittenDate.parse(b, calendar));
		case "span" -> DateNormaliser.span(date, WrittenDate.parse(b, calendar));
		case "before" -> DateNormaliser.before(date);
		case "after" -> DateNormaliser.after(date);
		case "relative" -> DateNormaliser.exact(RelativeDays.resolve(Integer.parseInt(b), date), false, false);
		default -> DateNormaliser.exact(date, approximate, uncertain);
		};
		assertEquals(expected, actual);
	}
}

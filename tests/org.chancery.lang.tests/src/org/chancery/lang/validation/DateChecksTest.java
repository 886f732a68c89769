package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.INVALID_DATE;
import static org.chancery.lang.validation.ChanceryIssueCodes.INVALID_TIME;
import static org.chancery.lang.validation.ChanceryIssueCodes.RELATIVE_DAY_WITHOUT_REFERENCE;
import static org.chancery.lang.validation.ChanceryIssueCodes.REVERSED_RANGE;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dates that exist in their calendar; ranges that run forwards; relative days with a reference. */
class DateChecksTest {

	private static final String REGISTER = "person yang { name \"Yang\" } organisation ministry { name \"Ministry\" }";

	private static String telegram(String dates) {
		return "telegram tel-1 { title \"T\" from yang to ministry " + dates + " }";
	}

	@Test
	void thirtyFirstOfJune() {
		String text = telegram("date 1917-06-31");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_DATE, text, "1917-06-31"));
	}

	@Test
	void twentyNinthOfFebruaryInACommonYear() {
		String text = telegram("date 1917-02-29");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_DATE, text, "1917-02-29"));
	}

	@Test
	void twentyNinthOfFebruary1900IsGregorianError() {
		String text = telegram("date 1900-02-29");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_DATE, text, "1900-02-29"));
	}

	@Test
	void twentyNinthOfFebruary1900ExistsInTheJulianCalendar() {
		assertIssuesWithRegister(REGISTER, telegram("date julian 1900-02-29"));
		assertIssuesWithRegister(REGISTER, telegram("calendar julian date 1900-02-29"));
	}

	@Test
	void monthThirteen() {
		String text = telegram("date 1917-13");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_DATE, text, "1917-13"));
	}

	@Test
	void rangeBackwards() {
		String text = telegram("date between 1917-06-30 and 1917-06-01");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", REVERSED_RANGE, text, "between 1917-06-30 and 1917-06-01"));
	}

	@Test
	void aTimeNeedsItsDay() {
		String text = telegram("sent 1942-05 10:00");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_TIME, text, "10:00"));
		assertEquals("A time of day needs its day: 1942-05-02 10:00.", IssueAssertions.message(REGISTER, text));
	}

	@Test
	void noTwentyFifthHour() {
		String text = telegram("sent 1942-05-02 25:00");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_TIME, text, "25:00"));
		assertEquals("There is no time 25:00 on a 24-hour clock (00:00 to 23:59).", IssueAssertions.message(REGISTER, text));
	}

	@Test
	void noOffsetBeyondFourteenHours() {
		String text = telegram("sent 1942-05-02 10:00 +15:00");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_TIME, text, "10:00"));
	}

	@Test
	void timesInEveryZoneForm() {
		assertIssuesWithRegister(REGISTER, telegram("sent 1942-05-02 10:00 local received 1942-05-08 06:40:30 UTC date 1942-05-02 09:15 -05:30"));
	}

	@Test
	void spanBackwards() {
		String text = telegram("date from 1917-06-30 to 1917-06-01");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", REVERSED_RANGE, text, "from 1917-06-30 to 1917-06-01"));
	}

	@Test
	void validForms() {
		assertIssuesWithRegister(REGISTER, telegram(
				"date c. 1917-06? sent between 1917-06-01 and 1917-06-30 received after 1917-06-02 event from 1917-05 to 1918"));
	}

	@Test
	void relativeDayWithoutADocumentDate() {
		String text = telegram("undated text { Telegram of the <date day 14|14th> received. }");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", RELATIVE_DAY_WITHOUT_REFERENCE, text, "day 14"));
	}

	@Test
	void relativeDayCountsBackFromTheDocumentDate() {
		assertIssuesWithRegister(REGISTER, telegram("sent 1917-06-26 text { Telegram of the <date day 14|14th> received. }"));
	}
}

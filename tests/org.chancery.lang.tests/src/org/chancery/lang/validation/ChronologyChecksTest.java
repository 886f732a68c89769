package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.OFFICE_OUTSIDE_SPAN;
import static org.chancery.lang.validation.ChanceryIssueCodes.RECEIVED_BEFORE_SENT;
import static org.chancery.lang.validation.ChanceryIssueCodes.RECORD_BEFORE_EVENT;
import static org.chancery.lang.validation.ChanceryIssueCodes.REPLY_BEFORE_ORIGINAL;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dates of one document, or of a reply and its original, that contradict each other. */
class ChronologyChecksTest {

	private static final String REGISTER = """
			person yang { name "Yang" office "Military governor of Xinjiang" from 1912 to 1928-07-07 }
			person liu { name "Liu" }
			organisation ministry { name "Ministry" }
			telegram original { title "O" from ministry to liu date 1917-06-14 }
			""";

	@Test
	void receivedBeforeSent() {
		String text = "telegram tel-1 { title \"T\" from yang to ministry sent 1917-06-12 received 1917-06-11 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", RECEIVED_BEFORE_SENT, text, "1917-06-11"));
	}

	@Test
	void receivedBeforeSentSaysBothDates() {
		assertEquals("Received on 1917-06-11, before it was sent on 1917-06-12.", IssueAssertions.message(REGISTER,
				"telegram tel-1 { title \"T\" from yang to ministry sent 1917-06-12 received 1917-06-11 }"));
	}

	@Test
	void receivedBeforeSentInKnownZonesComparesTheMoments() {
		// 10:00 at +09:00 is 01:00 UTC: received half an hour before
		String text = "telegram tel-1 { title \"T\" from yang to ministry sent 1942-05-02 10:00 +09:00 received 1942-05-02 00:30 UTC }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", RECEIVED_BEFORE_SENT, text, "1942-05-02 00:30 UTC"));
		assertEquals("Received on 1942-05-02 00:30 UTC, before it was sent on 1942-05-02 10:00 +09:00.", IssueAssertions.message(REGISTER, text));
	}

	@Test
	void aReceiptOnTheDayBeforeInKnownZonesAcrossTheDateLine() {
		// Tokyo 2 May 10:00 is Honolulu 1 May 15:00: the same moment
		assertIssuesWithRegister(REGISTER,
				"telegram tel-1 { title \"T\" from yang to ministry sent 1942-05-02 10:00 +09:00 received 1942-05-01 15:00 -10:00 }");
	}

	@Test
	void aLocalReceiptOneDayBeforeSendingElsewhereIsLegitimate() {
		assertIssuesWithRegister(REGISTER + " place tokyo { name \"Tokyo\" } place honolulu { name \"Honolulu\" }",
				"telegram tel-1 { title \"T\" from yang at tokyo to ministry at honolulu sent 1942-05-02 10:00 received 1942-05-01 16:00 local }");
	}

	@Test
	void aLocalReceiptTwoDaysBeforeSendingIsWrongEvenElsewhere() {
		String text = "telegram tel-1 { title \"T\" from yang at tokyo to ministry at honolulu sent 1942-05-02 received 1942-04-30 }";
		assertIssuesWithRegister(REGISTER + " place tokyo { name \"Tokyo\" } place honolulu { name \"Honolulu\" }", text,
				issue("ERROR", RECEIVED_BEFORE_SENT, text, "1942-04-30"));
	}

	@Test
	void receivedOnTheDayOfSending() {
		assertIssuesWithRegister(REGISTER, "telegram tel-1 { title \"T\" from yang to ministry sent 1917-06-12 received 1917-06-12 }");
	}

	@Test
	void julianSendingBeforeGregorianReceipt() {
		// Julian 12 June 1917 is Gregorian 25 June: received on the 24th (Gregorian) is before it
		String text = "telegram tel-1 { title \"T\" from yang to ministry sent julian 1917-06-12 received 1917-06-24 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", RECEIVED_BEFORE_SENT, text, "1917-06-24"));
	}

	@Test
	void replyBeforeTheTelegramItAnswers() {
		String text = "telegram tel-1 { title \"T\" from liu to ministry sent 1917-06-10 replies-to original }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", REPLY_BEFORE_ORIGINAL, text, "original"));
	}

	@Test
	void replyAfterTheTelegramItAnswers() {
		assertIssuesWithRegister(REGISTER,
				"telegram tel-1 { title \"T\" from liu to ministry sent 1917-06-26 received 1917-07-02 replies-to original }");
	}

	@Test
	void recordWrittenBeforeTheEvent() {
		String text = "conversation con-1 { title \"T\" participants yang, liu date 1947-01-06 event 1947-01-07 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", RECORD_BEFORE_EVENT, text, "1947-01-06"));
	}

	@Test
	void recordWrittenAfterTheEvent() {
		assertIssuesWithRegister(REGISTER, "conversation con-1 { title \"T\" participants yang, liu date 1947-01-12 event 1947-01-07 }");
	}

	@Test
	void officeHeldAfterItsSpan() {
		String text = "telegram tel-1 { title \"T\" from yang as \"Military governor of Xinjiang\" to ministry date 1930 }";
		assertIssuesWithRegister(REGISTER, text, issue("WARNING", OFFICE_OUTSIDE_SPAN, text, "\"Military governor of Xinjiang\""));
	}

	@Test
	void officeHeldInItsSpan() {
		assertIssuesWithRegister(REGISTER,
				"telegram tel-1 { title \"T\" from yang as \"Military governor of Xinjiang\" to ministry date 1917-06-13 }");
	}
}

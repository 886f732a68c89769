package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.OFFICE_OUTSIDE_SPAN;
import static org.chancery.lang.validation.ChanceryIssueCodes.RECEIVED_BEFORE_SENT;
import static org.chancery.lang.validation.ChanceryIssueCodes.RECORD_BEFORE_EVENT;
import static org.chancery.lang.validation.ChanceryIssueCodes.REPLY_BEFORE_ORIGINAL;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;

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

package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.DUPLICATE_PROPERTY;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISSING_DATE;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISSING_PARTICIPANTS;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISSING_RECIPIENT;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISSING_SENDER;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISSING_TITLE;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNDATED_WITH_DATE;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Required metadata per document kind; `undated` as an explicit, accepted value. */
class MetadataChecksTest {

	static final String REGISTER = """
			person yang { name "Yang Zengxin" }
			person gao { name "Gao Erqian" }
			organisation ministry { name "Foreign Ministry" }
			""";

	@Test
	void telegramNeedsSender() {
		String text = "telegram tel-1 { title \"T\" to ministry date 1917-06-13 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", MISSING_SENDER, text, "tel-1"));
		assertEquals("A telegram needs a sender: add `from …`.", message(REGISTER, text));
	}

	@Test
	void letterNeedsRecipient() {
		String text = "letter let-1 { title \"T\" from yang date 1917 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", MISSING_RECIPIENT, text, "let-1"));
	}

	@Test
	void documentNeedsDateOrUndated() {
		String text = "report rep-1 { title \"T\" from yang }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", MISSING_DATE, text, "rep-1"));
		assertEquals("Give the document's date, or say `undated` if it bears none.", message(REGISTER, text));
	}

	@Test
	void undatedIsAnAcceptedDate() {
		assertIssuesWithRegister(REGISTER, "telegram tel-1 { title \"T\" from yang to ministry undated }");
	}

	@Test
	void anyDateRoleCounts() {
		assertIssuesWithRegister(REGISTER, "telegram tel-1 { title \"T\" from yang to ministry sent 1917-06-12 }");
	}

	@Test
	void conversationNeedsParticipants() {
		String text = "conversation con-1 { title \"T\" date 1947-01-12 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", MISSING_PARTICIPANTS, text, "con-1"));
	}

	@Test
	void completeRecordOfConversation() {
		assertIssuesWithRegister(REGISTER, "meeting mee-1 { title \"T\" participants gao, yang date 1917-06-21 }");
	}

	@Test
	void documentWithoutTitleIsWarned() {
		String text = "minutes min-1 { date 1940-10-26 }";
		assertIssuesWithRegister(REGISTER, text, issue("WARNING", MISSING_TITLE, text, "min-1"));
	}

	@Test
	void quotedDocumentsNeedNothing() {
		assertIssuesWithRegister(REGISTER,
				"article art-1 { title \"T\" undated text { <quote telegram q|quoted> } }");
	}

	@Test
	void propertyStatedTwice() {
		String text = "letter let-1 { title \"T\" from yang to ministry date 1917 title \"Again\" }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", DUPLICATE_PROPERTY, text, "title \"Again\""));
	}

	@Test
	void theBracketConventionOnceButHandsAsManyAsWrote() {
		String text = "letter let-1 { title \"T\" from yang to ministry date 1917 hand a hand b brackets damage brackets illegible }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", DUPLICATE_PROPERTY, text, "brackets illegible"));
	}

	@Test
	void eachDateRoleOnce() {
		String text = "letter let-1 { title \"T\" from yang to ministry sent 1917 sent 1918 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", DUPLICATE_PROPERTY, text, "sent 1918"));
	}

	@Test
	void undatedWithADate() {
		String text = "letter let-1 { title \"T\" from yang to ministry undated date 1917 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", UNDATED_WITH_DATE, text, "undated"));
	}
}

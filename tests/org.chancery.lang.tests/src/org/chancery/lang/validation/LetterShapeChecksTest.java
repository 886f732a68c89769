package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.EMPTY_BLOCK;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISPLACED_BLOCK;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISPLACED_CONSTRUCT;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The order of a letter's blocks, the places of its parts, and blocks with nothing in them. */
class LetterShapeChecksTest {

	private static final String REGISTER = """
			person anna { name "Anna Wendt" }
			person luise { name "Luise Wendt" }
			""";

	private static String letter(String body) {
		return "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n" + body + "\n}";
	}

	private static void assertOneIssue(String text, String code, String at, String message) {
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", code, text, at));
		assertEquals(message, message(REGISTER, text));
	}

	@Test
	void aLetterInTheExpectedOrderIsFine() {
		assertIssuesWithRegister(REGISTER, letter("""
				annotation { b. 22 Mai }
				heading { Letter 12 }
				opener { <dateline|Berlin, 14 May> <salute|Liebe Mama!> }
				text { Text. }
				list { 1. One }
				figure { A drawing of the house }
				session { opener { <dateline|Monday.> } text { More. } section { heading { Accounts } list { 1. Rent } } closer { <signed|Anna> } }
				closer { <salute|Deine> <signed|Anna> }
				postscript { P.S. }
				postscript { P.P.S. }
				annotation { z. d. A. }
				"""));
	}

	@Test
	void anOpenerAfterTheText() {
		assertOneIssue(letter("text { Text. } opener { <salute|Liebe Mama!> }"), MISPLACED_BLOCK, "opener",
				"The opener comes before the text of the letter: move it up.");
	}

	@Test
	void aHeadingAfterTheOpenerIsFineButNotAfterTheText() {
		assertIssuesWithRegister(REGISTER, letter("opener { <salute|Liebe Mama!> } heading { H } text { Text. }"));
		assertOneIssue(letter("list { 1. One } heading { H }"), MISPLACED_BLOCK, "heading", "A heading comes first, before the text: move it up.");
	}

	@Test
	void textAfterTheCloser() {
		assertOneIssue(letter("closer { <signed|Anna> } text { More. }"), MISPLACED_BLOCK, "text",
				"The closer ends the letter's text: move this above it, or write it as `postscript { … }`.");
	}

	@Test
	void aSessionAfterThePostscript() {
		assertOneIssue(letter("postscript { P.S. } session { text { More. } }"), MISPLACED_BLOCK, "session",
				"The postscript ends the letter: move this above it, or into the postscript.");
	}

	@Test
	void textAfterAWritingSessionOrASection() {
		assertOneIssue(letter("session { text { One. } } list { 1. Two }"), MISPLACED_BLOCK, "list",
				"After a writing session, the text goes on in a session: put this into `session { … }`.");
		assertOneIssue(letter("text { Before sections. } section { text { One. } } turn { Two. }"), MISPLACED_BLOCK, "turn",
				"After a section, the text goes on in a section: put this into `section { … }`.");
	}

	@Test
	void aSaluteInTheText() {
		assertOneIssue(letter("text { <salute|Liebe Mama!> }"), MISPLACED_CONSTRUCT, "<salute|",
				"A salute belongs directly in a letter's opener or closer: `opener { <salute|…> }`.");
	}

	@Test
	void aSignatureInsideAnotherTagOfTheCloser() {
		assertOneIssue(letter("closer { <hi underline|<signed|Anna>> }"), MISPLACED_CONSTRUCT, "<signed|",
				"A signature belongs directly in a letter's opener or closer: `opener { <signed|…> }`.");
	}

	@Test
	void aDatelineInThePostscript() {
		assertOneIssue(letter("postscript { <dateline|Monday> P.S. }"), MISPLACED_CONSTRUCT, "<dateline|",
				"A dateline belongs directly in a letter's opener or closer: `opener { <dateline|…> }`.");
	}

	@Test
	void aLabelFirstInAListItemIsFineAnywhereElseNot() {
		assertIssuesWithRegister(REGISTER, letter("list { <label|IV.> Four\n\n  <label|V.> Five }"));
		assertOneIssue(letter("list { 1. One <label|a> }"), MISPLACED_CONSTRUCT, "<label|",
				"A label stands first in an item of a list: `list { <label|IV.> … }`.");
		assertOneIssue(letter("text { <label|1.> One }"), MISPLACED_CONSTRUCT, "<label|",
				"A label stands first in an item of a list: `list { <label|IV.> … }`.");
	}

	@Test
	void blocksWithNothingInThem() {
		assertOneIssue(letter("text { T. } postscript { }"), EMPTY_BLOCK, "postscript", "Nothing is written in this postscript.");
		assertOneIssue(letter("list {\n\n}"), EMPTY_BLOCK, "list", "Nothing is written in this list.");
		assertOneIssue(letter("session { }"), EMPTY_BLOCK, "session", "Nothing is in this writing session.");
		assertOneIssue(letter("text { T. } section { }"), EMPTY_BLOCK, "section", "Nothing is in this section.");
	}
}

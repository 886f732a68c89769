package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.DUPLICATE_ID;
import static org.chancery.lang.validation.ChanceryIssueCodes.TAG_WORD_ID;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNDECLARED_HAND;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNUSED_ENTRY;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hands are declared before they are named, once; ids that tags would read as their words. */
class HandChecksTest {

	private static final String REGISTER = """
			person anna { name "Anna Wendt" }
			person luise { name "Luise Wendt" }
			hand archivist "The archivist, violet ink"
			""";

	private static String letter(String rest) {
		return "letter l-1 { title \"T\" from anna to luise date 1893-05-14 " + rest + " }";
	}

	@Test
	void handsDeclaredByTheDocumentOrForTheCorpus() {
		assertIssuesWithRegister(REGISTER, letter("""
				hand writer of anna "Anna, brown ink"
				hand pencil
				text { <hand pencil>x <add above writer|y> <del archivist|z> <quote q-1|<hand writer>quoted> }
				annotation archivist { z. d. A. }
				"""));
	}

	@Test
	void aShiftToAnUndeclaredHand() {
		String text = letter("text { <hand clerk>x }");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", UNDECLARED_HAND, text, "clerk"));
		assertEquals("No hand ‘clerk’ is declared: add `hand clerk \"…\"` to the document's metadata, or at the top of a register"
				+ " file for the whole corpus.", message(REGISTER, text));
		assertEquals(List.of("clerk"), List.of(issues(REGISTER, text).get(0).getData()));
	}

	@Test
	void undeclaredHandsOfAdditionsDeletionsAndAnnotations() {
		String text = letter("text { <add margin clerk|x> <del erasure pencil|y> } annotation recipient { b. }");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", UNDECLARED_HAND, text, "clerk"),
				issue("ERROR", UNDECLARED_HAND, text, "pencil"), issue("ERROR", UNDECLARED_HAND, text, "recipient"));
	}

	@Test
	void aHandDeclaredTwiceInADocument() {
		String text = letter("hand scribe \"ink\" hand scribe \"pencil\" text { <hand scribe>x }");
		int second = text.lastIndexOf("scribe \"pencil\"");
		assertEquals(List.of("ERROR " + DUPLICATE_ID + " " + second + ":6 «scribe»"), issues(REGISTER, text).stream()
				.map(issue -> issue.getSeverity() + " " + issue.getCode() + " " + issue.getOffset() + ":" + issue.getLength() + " «"
						+ text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()) + "»")
				.toList());
		assertEquals("The hand ‘scribe’ is declared twice in this document; keep one.", message(REGISTER, text));
	}

	@Test
	void aDocumentsHandThatTheCorpusDeclaresToo() {
		String text = letter("hand archivist text { <hand archivist>x }");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", DUPLICATE_ID, text, "archivist"));
		assertEquals("The hand ‘archivist’ is also declared for the whole corpus, in register.chancery; give this one another id.",
				message(REGISTER, text));
	}

	@Test
	void aCorpusHandDeclaredInTwoFiles() {
		String text = "hand archivist \"again\"";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", DUPLICATE_ID, text, "archivist"));
		assertEquals("The hand ‘archivist’ is also declared in register.chancery; a hand of the whole corpus is declared once.",
				message(REGISTER, text));
	}

	@Test
	void anIdThatIsAWordOfTheTags() {
		String text = "person add { name \"Add\" }\nhand margin";
		assertIssuesWithRegister(REGISTER, text, issue("INFO", UNUSED_ENTRY, text, "add"), issue("ERROR", TAG_WORD_ID, text, "add"),
				issue("ERROR", TAG_WORD_ID, text, "margin"));
		assertEquals("‘add’ is a word of the tags (as in <add|…>), so no tag could name this id: choose another, such as ‘add-1’.",
				issues(REGISTER, text).get(1).getMessage());
	}
}

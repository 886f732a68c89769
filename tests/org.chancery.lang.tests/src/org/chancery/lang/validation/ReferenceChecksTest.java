package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.DUPLICATE_ID;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNRESOLVED_NOTE;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNRESOLVED_REFERENCE;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Unresolved references with quick-fix data; ids unique across the corpus. */
class ReferenceChecksTest {

	private static final String REGISTER = """
			person yang-zengxin { name "Yang Zengxin" }
			person zhu-ruichi { name "Zhu Ruichi" }
			organisation ministry { name "Foreign Ministry" }
			""";

	@Test
	void unresolvedMentionSuggestsTheCloseId() {
		String text = "report rep-1 { title \"T\" from ministry undated text { <yang-zengxn|Yang Zengxin> wrote. } }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", UNRESOLVED_REFERENCE, text, "yang-zengxn"));
		assertEquals("No register entry or document has the id ‘yang-zengxn’; did you mean ‘yang-zengxin’?",
				message(REGISTER, text));
	}

	@Test
	void unresolvedMentionCarriesIdSurfaceKindsAndCandidates() {
		Issue issue = issues(REGISTER,
				"report rep-1 { title \"T\" from ministry undated text { <yang-zengxn|Yang Zengxin> wrote. } }").get(0);
		assertEquals(List.of("yang-zengxn", "Yang Zengxin", "person", "place", "organisation", "publication", "document",
				"~yang-zengxin"), List.of(issue.getData()));
	}

	@Test
	void unresolvedSenderNamesTheKindsItMayBe() {
		String text = "letter let-1 { title \"T\" from chen-guangwei to ministry date 1917 }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", UNRESOLVED_REFERENCE, text, "chen-guangwei"));
		assertEquals("No person or organisation has the id ‘chen-guangwei’.", message(REGISTER, text));
	}

	@Test
	void resolvedReferences() {
		assertIssuesWithRegister(REGISTER,
				"letter let-1 { title \"T\" from zhu-ruichi to yang-zengxin date 1917 text { <ministry|Foreign Ministry> } }");
	}

	@Test
	void footnoteMarkerWithoutNote() {
		String text = "report rep-1 { title \"T\" from ministry undated text { Lake Ala-Kul[^2] } }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", UNRESOLVED_NOTE, text, "2"));
	}

	@Test
	void idUsedTwiceInTheCorpus() {
		String text = "person zhu-ruichi { name \"Zhu\" }\nreport rep-1 { title \"T\" from zhu-ruichi undated }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", DUPLICATE_ID, text, "zhu-ruichi"));
		assertEquals("The id ‘zhu-ruichi’ is also given to a person in register.chancery; ids must be unique in the corpus.",
				message(REGISTER, text));
	}

	@Test
	void idsUniqueAcrossFiles() {
		assertIssuesWithRegister(REGISTER, "report zhu-report { title \"T\" from zhu-ruichi undated }");
	}
}

package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.INCOMPLETE_SUBSTITUTION;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISPLACED_CONSTRUCT;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Replacements hold a deletion and an addition; a figure's description holds the editor's words. */
class TranscriptionChecksTest {

	private static final String REGISTER = """
			person anna { name "Anna Wendt" }
			person luise { name "Luise Wendt" }
			""";

	private static String letter(String prose) {
		return "letter l-1 { title \"T\" from anna to luise date 1893-05-14 text { " + prose + " } note 1 { N. } }";
	}

	@Test
	void correctionsNestAsTeiAllows() {
		assertIssuesWithRegister(REGISTER, letter(
				"<subst|<del|alt> <lb><add above|neu>> <add above|<del|x> y> <del|a <add|b>> <subst|<add|first><del|then>>[^1]"));
	}

	@Test
	void wordsInsideAReplacementButOutsideItsParts() {
		String text = letter("<subst|<del|alt> or <add|neu>>[^1]");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", MISPLACED_CONSTRUCT, text, "or"));
		assertEquals("Only the deleted and the added words go inside a replacement: move ‘or’ out of it.", message(REGISTER, text));
	}

	@Test
	void aReplacementWithoutItsAddition() {
		String text = letter("<subst|<del|alt><hi|neu>>[^1]");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INCOMPLETE_SUBSTITUTION, text, "<subst|"),
				issue("ERROR", MISPLACED_CONSTRUCT, text, "<hi|"));
		List<Issue> issues = issues(REGISTER, text);
		assertEquals("A replacement needs the deleted words and the words written instead: `<subst|<del|old><add|new>>`.",
				issues.get(0).getMessage());
		assertEquals("Inside a replacement stand only <del|…> and <add|…> (and page or line breaks): put this inside one of them.",
				issues.get(1).getMessage());
	}

	@Test
	void aFiguresDescriptionTakesNamesDatesAndHighlightingButNoCorrectionsOrNotes() {
		assertIssuesWithRegister(REGISTER, letter("<figure|A stamp of <anna|Anna Wendt>, <date 1893|1893>, <hi italic|red>>[^1]"));
		String text = letter("<figure|A stamp [illegible]>[^1]");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", MISPLACED_CONSTRUCT, text, "[illegible]"));
		assertEquals("A figure's description is the editor's words: corrections, brackets, breaks and notes cannot stand in it.",
				message(REGISTER, text));
		String marker = letter("<figure|A seal <hi|with <del|a> crown>>[^1]");
		assertIssuesWithRegister(REGISTER, marker, issue("ERROR", MISPLACED_CONSTRUCT, marker, "<del|"));
	}

	@Test
	void aFigureWithoutAnImageIsADescriptionWithOneItsCaption() {
		String text = "letter l-1 { title \"T\" from anna to luise date 1893-05-14 figure { A seal<pb 2> } figure \"seal.jpg\" { A seal<pb 3> } }";
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", MISPLACED_CONSTRUCT, text, "<pb 2>"));
	}

	@Test
	void anUnclosedReplacementIsASyntaxErrorWithoutFollowUps() {
		String text = "letter l-1 { title \"T\" from anna to luise date 1893-05-14 text { <subst|<del|a><add|b> weiter\n } }";
		List<Issue> issues = issues(REGISTER, text);
		assertEquals(List.of("chancery.syntax.unclosed-tag"), issues.stream().map(Issue::getCode).toList());
		assertEquals(text.indexOf("<subst|"), issues.get(0).getOffset());
	}
}

package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.EMPTY_EDITORIAL;
import static org.chancery.lang.validation.ChanceryIssueCodes.INVALID_LANGUAGE;
import static org.chancery.lang.validation.ChanceryIssueCodes.NAME_MISMATCH;
import static org.chancery.lang.validation.ChanceryIssueCodes.NO_SHARED_NAME;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNREFERENCED_NOTE;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Mentions that fit their entry, footnotes with markers, tags with content. */
class TextChecksTest {

	private static final String REGISTER = """
			person kudashev { name "N. A. Kudashev" }
			person petrov { name "A. A. Petrov" }
			place urumchi { name "Urumchi" variant "Urumqi" }
			person stalin { name "Joseph Stalin" alias "Filipov" }
			organisation ministry { name "Foreign Ministry" }
			""";

	private static String report(String prose) {
		return "report rep-1 { title \"T\" from kudashev undated text { " + prose + " } }";
	}

	@Test
	void mentionThatNamesAnotherPerson() {
		String text = report("<petrov|Kudashev> said.");
		assertIssuesWithRegister(REGISTER, text, issue("WARNING", NAME_MISMATCH, text, "petrov"));
		assertEquals("‘Kudashev’ is none of the names of ‘petrov’ (A. A. Petrov); add it as a variant, or check the id.",
				message(REGISTER, text));
	}

	@Test
	void nameMismatchCarriesTheNamesForAQuickFix() {
		assertEquals(List.of("Urumchy", "Urumchi", "Urumqi"),
				List.of(issues(REGISTER, report("<urumchi|Urumchy>")).get(0).getData()));
	}

	@Test
	void surnameVariantAliasBracketsCaseAndDiacriticsMatch() {
		assertIssuesWithRegister(REGISTER, report(
				"<kudashev|Kudashev>, <kudashev|N.A. Kudashev>, <urumchi|ÜRÜMQI>, <stalin|Filipov>, <ministry|[Foreign] Ministry>"));
	}

	@Test
	void noteWithoutMarker() {
		String text = "report rep-1 { title \"T\" from kudashev undated text { Text. } note ala-kul { Note. } }";
		assertIssuesWithRegister(REGISTER, text, issue("WARNING", UNREFERENCED_NOTE, text, "ala-kul"));
	}

	@Test
	void noteWithMarker() {
		assertIssuesWithRegister(REGISTER,
				"report rep-1 { title \"T\" from kudashev undated text { Text[^1]. } note 1 { Note. } }");
	}

	@Test
	void emptyBrackets() {
		String text = report("Russian [] consul");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", EMPTY_EDITORIAL, text, "[]"));
	}

	@Test
	void emptyTag() {
		String text = report("Russian <hi|> consul");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", EMPTY_EDITORIAL, text, "<hi|>"));
	}

	@Test
	void editorialConstructsWithContent() {
		assertIssuesWithRegister(REGISTER, report("Kazakhs [sic], [Foreign] Ministry, […], <hi|deep> [emphasis mine – ed.]"));
	}

	@Test
	void aReferringExpressionIsNoName() {
		assertIssuesWithRegister(REGISTER, report("<rs kudashev|the Minister>, <rs kudashev, petrov|the two envoys>"));
	}

	@Test
	void anUncertainIdentificationIsCheckedLikeAnyName() {
		String text = report("<kudashev?|Kudashev>, <petrov?|Kudashev>");
		assertIssuesWithRegister(REGISTER, text, issue("WARNING", NAME_MISMATCH, text, "petrov"));
	}

	@Test
	void eachOfSeveralReferentsSharesAWordWithTheName() {
		assertIssuesWithRegister(REGISTER, report("<kudashev, petrov|Kudashev and Petrov>"));
		String text = report("<kudashev, urumchi|Kudashev>");
		assertIssuesWithRegister(REGISTER, text, issue("WARNING", NO_SHARED_NAME, text, "urumchi"));
		assertEquals("‘Kudashev’ shares no word with the names of ‘urumchi’ (Urumchi, Urumqi); check the id, or write <rs …|…> for"
				+ " words that are not a name.", message(REGISTER, text));
		assertEquals(List.of("Kudashev", "Urumchi", "Urumqi"), List.of(issues(REGISTER, text).get(0).getData()));
	}

	@Test
	void editorialBracketsInsideANameJoinItsLetters() {
		assertIssuesWithRegister(REGISTER, report("<kudashev|Kuda[sh]ev>, <ministry|[Foreign] Minist⟨r⟩y>"));
	}

	@Test
	void newTagsWithNothingInThem() {
		String text = report("<del|> <add above|> <foreign fr|>");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", EMPTY_EDITORIAL, text, "<del|>"),
				issue("ERROR", EMPTY_EDITORIAL, text, "<add above|>"), issue("ERROR", EMPTY_EDITORIAL, text, "<foreign fr|>"));
	}

	@Test
	void languageCodes() {
		assertIssuesWithRegister(REGISTER, report("<foreign fr|merci>, <foreign de-AT|Servus>, <foreign grc|λόγος>"));
		String text = report("<foreign french|merci>");
		assertIssuesWithRegister(REGISTER, text, issue("ERROR", INVALID_LANGUAGE, text, "french"));
		assertEquals("‘french’ is not a language code: write one such as de, fr or la (ISO 639, as TEI's xml:lang wants it).",
				message(REGISTER, text));
		String declared = "report rep-1 { title \"T\" from kudashev undated language en translated-from Russian }";
		assertIssuesWithRegister(REGISTER, declared, issue("ERROR", INVALID_LANGUAGE, declared, "Russian"));
	}
}

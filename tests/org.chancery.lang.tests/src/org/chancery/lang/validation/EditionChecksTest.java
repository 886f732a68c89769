package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.DUPLICATE_PROPERTY;
import static org.chancery.lang.validation.ChanceryIssueCodes.INCOMPLETE_EDITION;
import static org.chancery.lang.validation.ChanceryIssueCodes.INVALID_DATE;
import static org.chancery.lang.validation.ChanceryIssueCodes.MALFORMED_BASE_URL;
import static org.chancery.lang.validation.ChanceryIssueCodes.MALFORMED_ORCID;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNKNOWN_LICENCE;
import static org.chancery.lang.validation.IssueAssertions.assertIssues;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chancery.lang.edition.Orcids;
import org.junit.jupiter.api.Test;

/** The edition declaration: licence, ORCIDs, base URL, change log dates, what CMIF needs. */
class EditionChecksTest {

	/** Everything a CMIF header needs, and the property under test after it. */
	private static String edition(String property) {
		return "edition {\n  title \"Letters\"\n  editor \"Jane Doe\"\n  publisher \"Library\"\n  base-url \"https://example.org/letters/\"\n  "
				+ property + "\n}\n";
	}

	@Test
	void aCompleteEditionPasses() {
		assertIssues(edition("licence \"CC-BY-4.0\" editor \"Josiah Carberry\" orcid 0000-0002-1825-0097 as \"general editor\" "
				+ "transcriber \"The Chancery project\" change 2026-12-02 \"First published.\""));
	}

	@Test
	void aLicenceMayBeAUrl() {
		assertIssues(edition("licence \"https://example.org/our-licence.html\""));
	}

	@Test
	void anUnknownSpdxIdIsRefused() {
		String text = edition("licence \"CC-BY-4\"");
		assertIssues(text, issue("ERROR", UNKNOWN_LICENCE, text, "\"CC-BY-4\""));
		assertEquals("‘CC-BY-4’ is neither a licence's URL nor an SPDX id Chancery knows (CC-BY-3.0, CC-BY-3.0-DE, CC-BY-4.0, "
				+ "CC-BY-NC-4.0, CC-BY-NC-ND-4.0, CC-BY-NC-SA-4.0, CC-BY-ND-4.0, CC-BY-SA-3.0, CC-BY-SA-4.0, CC-PDM-1.0, CC0-1.0, "
				+ "ODC-By-1.0, ODbL-1.0, PDDL-1.0): write one of these ids, or the licence's URL.", message("", text));
	}

	@Test
	void anOrcidWithAWrongCheckDigit() {
		String text = edition("editor \"Josiah Carberry\" orcid 0000-0002-1825-0098");
		assertIssues(text, issue("ERROR", MALFORMED_ORCID, text, "0000-0002-1825-0098"));
		assertEquals("The ORCID ‘0000-0002-1825-0098’ has a wrong check digit (its last character): look it up again.",
				message("", text));
	}

	@Test
	void anOrcidOfTheWrongForm() {
		String text = edition("transcriber \"Erika Musterfrau\" orcid 0000-0001-5109");
		assertIssues(text, issue("ERROR", MALFORMED_ORCID, text, "0000-0001-5109"));
		assertEquals("An ORCID has four groups of four digits, the last digit perhaps X: 0000-0002-1825-0097.", message("", text));
	}

	@Test
	void orcidCheckDigits() {
		assertTrue(Orcids.checkDigitFits("0000-0002-1825-0097"));
		assertTrue(Orcids.checkDigitFits("0000-0001-5109-3700"));
		assertTrue(Orcids.checkDigitFits("0000-0002-1694-233X"));
		assertFalse(Orcids.checkDigitFits("0000-0002-1694-2330"));
	}

	@Test
	void aBaseUrlIsAnAbsoluteHttpUrl() {
		String text = "edition {\n  title \"Letters\"\n  editor \"Jane Doe\"\n  publisher \"Library\"\n  base-url \"letters/\"\n}\n";
		assertIssues(text, issue("ERROR", MALFORMED_BASE_URL, text, "\"letters/\""));
	}

	@Test
	void aChangeIsDatedToAnExistingDay() {
		String text = edition("change 2026-02-30 \"Typo.\" change 2026-12 \"Later.\"");
		assertIssues(text, issue("ERROR", INVALID_DATE, text, "2026-02-30"), issue("ERROR", INVALID_DATE, text, "2026-12"));
	}

	@Test
	void aLicenceIsStatedOnce() {
		String text = edition("licence \"CC0-1.0\" licence \"CC-BY-4.0\"");
		assertIssues(text, issue("ERROR", DUPLICATE_PROPERTY, text, "licence \"CC-BY-4.0\""));
	}

	@Test
	void anEditionWithoutWhatCmifNeedsIsWarnedOf() {
		String text = "edition { title \"Letters\" licence \"CC0-1.0\" }";
		assertIssues(text, issue("WARNING", INCOMPLETE_EDITION, text, text));
		assertEquals("The edition states no editor, publisher, base-url: TEI headers leave out what is not stated, and CMIF export"
				+ " is refused until it is.", message("", text));
	}

	@Test
	void theWordsOfTheDeclarationMayStillBeIds() {
		assertIssues("publication edition { title \"The edition\" }\nperson editor { name \"Editor\" }\n"
				+ "letter l { title \"L\" from editor to editor date 1900 source edition }");
	}
}

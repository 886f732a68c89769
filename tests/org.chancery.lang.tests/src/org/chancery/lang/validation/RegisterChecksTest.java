package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.INVALID_COORDINATES;
import static org.chancery.lang.validation.ChanceryIssueCodes.MALFORMED_AUTHORITY_ID;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISPLACED_PROPERTY;
import static org.chancery.lang.validation.ChanceryIssueCodes.MISSING_NAME;
import static org.chancery.lang.validation.ChanceryIssueCodes.UNUSED_ENTRY;
import static org.chancery.lang.validation.IssueAssertions.assertIssues;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Register entries: names, properties that fit, coordinates, authority ids, use. */
class RegisterChecksTest {

	/** A document that uses the entries, so that they are not reported unused. */
	private static String using(String ids) {
		return "\nreport use-1 { title \"T\" from x undated text { " + ids + " } }\nperson x { name \"X\" }";
	}

	@Test
	void entryNeedsAName() {
		String text = "place kashgar { variant \"Kaxgar\" }" + using("<kashgar|Kaxgar>");
		assertIssues(text, issue("ERROR", MISSING_NAME, text, "kashgar"));
	}

	@Test
	void publicationNeedsATitle() {
		String text = "publication pub-1 { }" + using("<pub-1|the edition>");
		assertIssues(text, issue("ERROR", MISSING_NAME, text, "pub-1"));
		assertEquals("The entry needs its preferred form: add `title \"…\"`.", message("", text));
	}

	@Test
	void coordinatesBelongToPlaces() {
		String text = "person yang { name \"Yang\" coordinates 43.8, 87.6 }" + using("<yang|Yang>");
		assertIssues(text, issue("WARNING", MISPLACED_PROPERTY, text, "coordinates 43.8, 87.6"));
	}

	@Test
	void placesAreNotBorn() {
		String text = "place hami { name \"Hami\" born 1900 }" + using("<hami|Hami>");
		assertIssues(text, issue("WARNING", MISPLACED_PROPERTY, text, "born 1900"));
	}

	@Test
	void wellFormedPlace() {
		assertIssues("place urumchi { name \"Urumchi\" variant \"Urumqi\" coordinates 43.83, 87.62 geonames 1529102 }"
				+ using("<urumchi|Urumqi>"));
	}

	@Test
	void latitudeOutOfRange() {
		String text = "place p-1 { name \"P\" coordinates 91.5, 87.6 }" + using("<p-1|P>");
		assertIssues(text, issue("ERROR", INVALID_COORDINATES, text, "91.5"));
	}

	@Test
	void longitudeOutOfRange() {
		String text = "place p-1 { name \"P\" coordinates 41.5, -187 }" + using("<p-1|P>");
		assertIssues(text, issue("ERROR", INVALID_COORDINATES, text, "-187"));
	}

	@ParameterizedTest
	@CsvSource({ "wikidata, Q855", "viaf, 101787139", "gnd, 118616927", "gnd, 4009937-4", "gnd, 118514768X",
			"geonames, 1529102" })
	void wellFormedAuthorityIds(String scheme, String code) {
		assertIssues(entryOfScheme(scheme) + " s { name \"S\" " + scheme + " " + code + " }" + using("<s|S>"));
	}

	@ParameterizedTest
	@CsvSource({ "wikidata, 855", "wikidata, Q0855", "viaf, Q855", "gnd, 11861692", "geonames, 0529102" })
	void malformedAuthorityIds(String scheme, String code) {
		String text = entryOfScheme(scheme) + " s { name \"S\" " + scheme + " " + code + " }" + using("<s|S>");
		assertIssues(text, issue("ERROR", MALFORMED_AUTHORITY_ID, text, code));
	}

	/** GeoNames identifies places; the other authority files persons (and more). */
	private static String entryOfScheme(String scheme) {
		return scheme.equals("geonames") ? "place" : "person";
	}

	@Test
	void malformedWikidataIdMessage() {
		assertEquals("‘855’ is not a Wikidata identifier (they look like Q855).",
				message("", "person s { name \"S\" wikidata 855 }" + using("<s|S>")));
	}

	@Test
	void unusedEntryIsReportedAsInformation() {
		String text = "person nobody { name \"Nobody\" }" + using("");
		assertIssues(text, issue("INFO", UNUSED_ENTRY, text, "nobody"));
	}
}

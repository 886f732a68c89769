package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.export.SchematronValidation.Finding;
import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;

/** The CMIF project's Schematron rules, run by SchXslt and Saxon-HE, on CMIF files good and bad. */
class CmifRulesTest {

	private static final String UUID_WARNING = "[W0001] It is recommended to use an UUID for bibl/@xml.";

	@Test
	void theProcessorIsHere() {
		assertTrue(CmifRules.available());
	}

	@Test
	void theEditionFixturesCmifFilePassesWithTheUuidWarningOnly() throws Exception {
		byte[] cmif = Files.readAllBytes(Checkout.root().resolve("tests/org.chancery.lang.tests/resources/fixtures/export/edition/expected-cmif/cmif.xml"));
		assertEquals(List.of(new Finding("warning", UUID_WARNING,
				"/Q{http://www.tei-c.org/ns/1.0}TEI[1]/Q{http://www.tei-c.org/ns/1.0}teiHeader[1]/Q{http://www.tei-c.org/ns/1.0}fileDesc[1]"
						+ "/Q{http://www.tei-c.org/ns/1.0}sourceDesc[1]/Q{http://www.tei-c.org/ns/1.0}bibl[1]")),
				CmifRules.check(cmif));
	}

	@Test
	void aLetterWithoutItsReceiptAndADateWithoutValueAreErrors() throws Exception {
		String cmif = """
				<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc>
				<bibl xml:id="e21a8353-5089-441f-a5b2-acd347f1f2aa">Letters</bibl></sourceDesc></fileDesc>
				<profileDesc><correspDesc source="#other"><correspAction type="sent"><persName>A</persName><date/></correspAction>
				</correspDesc></profileDesc></teiHeader></TEI>
				""";
		assertEquals(List.of("error [E0002] Element \"<correspAction type=\"received\"/>\" must be present.",
				"error [E0003] correspDesc/@source does not correspond to a bibl/@xml:id.",
				"error [E0004] At least one dating attribute (@when, @from etc.) must be present."),
				CmifRules.check(cmif.getBytes(StandardCharsets.UTF_8)).stream().map(f -> f.role() + " " + f.text()).toList());
	}

	@Test
	void eachExampleEditionsCmifFilePassesTheRules(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		for (String edition : List.of("seeds", "letters")) {
			ExportAssertions.exporter().export(ExportAssertions.load(Checkout.examples().resolve(edition)),
					new CmifExport(java.time.Clock.systemUTC()), folder.resolve(edition), false, ExportProgress.NONE);
			List<Finding> findings = CmifRules.check(Files.readAllBytes(folder.resolve(edition).resolve("cmif.xml")));
			assertEquals(List.of(), findings.stream().filter(Finding::isError).toList(), edition);
			assertTrue(findings.stream().allMatch(f -> f.text().equals(UUID_WARNING)), edition);
		}
	}
}

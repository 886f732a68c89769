package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;

/**
 * The CMIF of a corpus with an edition declaration, exactly: the header from the edition, absolute
 * references under its base URL, authority URIs, sources, Gregorian dates with @cert; and the
 * refusals where a CMIF header would have to be invented.
 */
class CmifGoldenFileTest {

	private static final Path FIXTURES = Checkout.root().resolve("tests/org.chancery.lang.tests/resources/fixtures/export");
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);

	@Test
	void theEditionFixtureGivesItsExpectedCmifFile() throws Exception {
		Map<String, String> files = ExportAssertions.produce(new CmifExport(CLOCK), ExportAssertions.load(FIXTURES.resolve("edition")));
		ExportAssertions.keepActual("edition-cmif", files);
		Path expected = FIXTURES.resolve("edition/expected-cmif/cmif.xml");
		assertEquals(Map.of("cmif.xml", Files.readString(expected)), files);
		assertEquals(List.of(), RelaxNgSchema.cmif().errors(expected));
	}

	@Test
	void aCorpusWithoutAnEditionIsRefused() throws Exception {
		Corpus corpus = ExportAssertions.load(FIXTURES.resolve("inline"));
		String reason = "CMIF export refused: the corpus declares no edition, and a CMIF file names the edition's title, editors,"
				+ " publisher, licence and address, which Chancery does not invent. Declare them in a file of their own:"
				+ " edition { title \"…\" editor \"…\" publisher \"…\" base-url \"https://…/\" licence \"CC-BY-4.0\" }";
		assertEquals(Optional.of(reason), new CmifExport(CLOCK).refusal(corpus));
		assertEquals(reason, assertThrows(IOException.class, () -> ExportAssertions.produce(new CmifExport(CLOCK), corpus)).getMessage());
	}

	@Test
	void anEditionWithoutWhatTheHeaderNeedsIsRefused() throws Exception {
		Corpus corpus = ExportAssertions.corpus(Map.of("edition.chancery", "edition { title \"Letters\" licence \"CC0-1.0\" }",
				"letters.chancery", "person a { name \"A\" }\nletter l { title \"L\" from a to a date 1900 }"));
		assertEquals(Optional.of("CMIF export refused: the edition does not state what a CMIF header needs: add editor \"…\", "
				+ "publisher \"…\", base-url \"https://…/\" to the edition declaration."), new CmifExport(CLOCK).refusal(corpus));
	}

	@Test
	void aCorpusOfTwoEditionsIsRefused() throws Exception {
		Corpus corpus = ExportAssertions.load(Checkout.examples());
		assertEquals(Optional.of("CMIF export refused: the corpus declares 2 editions (in letters, seeds), and a CMIF file"
				+ " describes one: export each edition's folder on its own."), new CmifExport(CLOCK).refusal(corpus));
	}
}

package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every file exported from examples/ is valid: TEI against tei_all, CMIF against CMIF's schema. */
class ExampleCorpusConformanceTest {

	@TempDir
	static Path tei;

	@TempDir
	static Path cmif;

	private static Corpus corpus;

	@BeforeAll
	static void export() throws Exception {
		corpus = ExportAssertions.load(Checkout.examples());
		ExportAssertions.exporter().export(corpus, new TeiExport(), tei, false, ExportProgress.NONE);
		// each example is an edition of its own, and a CMIF file describes one edition
		for (String edition : List.of("seeds", "letters")) {
			ExportAssertions.exporter().export(ExportAssertions.load(Checkout.examples().resolve(edition)),
					new CmifExport(Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC)), cmif.resolve(edition), false,
					ExportProgress.NONE);
		}
	}

	@Test
	void everyDocumentHasItsFileAndTheRegistersOneMore() throws Exception {
		assertEquals(List.of("1893-05-14-anna-wendt-to-luise-wendt.xml", "1917-06-09-zhu-liu-joint-telegram.xml", "1917-06-09-zhu-telegram.xml", "1917-06-13-yang-telegram.xml",
				"1917-06-14-ministry-telegram.xml", "1917-06-21-gao-kudashev-meeting.xml", "1917-06-chen-telegram.xml",
				"1917-07-02-liu-telegram.xml", "1935-07-16-politburo-minutes-42.xml", "1936-06-17-soviet-trade-with-xinjiang.xml",
				"1940-10-26-politburo-minutes-21.xml", "1942-05-10-sheng-to-stalin-molotov-voroshilov.xml",
				"1942-07-03-molotov-to-sheng.xml", "1944-03-23-wilgress-to-mackenzie-king.xml", "1945-07-09-soong-stalin-meeting.xml",
				"1947-01-12-petrov-zhang-conversation.xml", "1949-10-14-filipov-to-kovalev.xml", "apresov-earlier-telegram.xml",
				"refugee-massacre-xinjiang-borderlands.xml", "registers.xml", "stalin-molotov-voroshilov-to-apresov.xml"),
				List.copyOf(ExportAssertions.contents(tei).keySet()));
	}

	@TestFactory
	Stream<DynamicTest> everyTeiFileIsValidAgainstTeiAll() throws Exception {
		RelaxNgSchema schema = RelaxNgSchema.tei();
		return ExportAssertions.contents(tei).keySet().stream()
				.map(name -> DynamicTest.dynamicTest(name, () -> assertEquals(List.of(), schema.errors(tei.resolve(name)))));
	}

	/**
	 * The example letter reads the same after export ({@link RoundTrip}). The seeds' documents are
	 * left out: their "Kazakhs [sic]" exports as {@code <sic>Kazakhs</sic>}, which reads back as
	 * "Kazakhs", as {@code <sic|Kazakhs>} does.
	 */
	@TestFactory
	Stream<DynamicTest> theExampleLetterReadsTheSameAfterExport() throws Exception {
		Map<String, String> files = ExportAssertions.contents(tei);
		return corpus.resources().stream().filter(resource -> resource.getURI().toString().contains("/examples/letters/"))
				.flatMap(resource -> ((ChanceryFile) resource.getContents().get(0)).getMembers().stream())
				.filter(Document.class::isInstance).map(Document.class::cast)
				.map(document -> DynamicTest.dynamicTest(document.getName(), () -> assertEquals(RoundTrip.transcribed(document),
						RoundTrip.exported(files.get(TeiReferences.fileOf(document))))));
	}

	@Test
	void eachEditionsCmifFileIsValidAgainstTheCmifSchema() throws Exception {
		for (String edition : List.of("seeds", "letters")) {
			assertEquals(List.of("cmif.xml"), List.copyOf(ExportAssertions.contents(cmif.resolve(edition)).keySet()));
			assertEquals(List.of(), RelaxNgSchema.cmif().errors(cmif.resolve(edition).resolve("cmif.xml")));
		}
	}

	@Test
	void theCmifFilesDescribeEveryLetterWithSendersOrRecipients() throws Exception {
		// the seeds: 19 documents, less the article, the two meetings, the conversation, two minutes and a decision
		assertEquals(12, ExportAssertions.contents(cmif.resolve("seeds")).get("cmif.xml").split("<correspDesc ", -1).length - 1);
		assertEquals(1, ExportAssertions.contents(cmif.resolve("letters")).get("cmif.xml").split("<correspDesc ", -1).length - 1);
	}
}

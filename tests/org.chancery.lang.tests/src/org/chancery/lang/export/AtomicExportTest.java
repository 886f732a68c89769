package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;
import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed export leaves the output folder byte for byte as it was, with no temporary file left. */
class AtomicExportTest {

	@TempDir
	Path output;

	@TempDir
	Path corpusFolder;

	@Test
	void aFailureOnOneDocumentLeavesTheEarlierExportUntouched() throws Exception {
		ExportAssertions.exporter().export(ExportAssertions.load(Checkout.examples()), new TeiExport(), output, false,
				ExportProgress.NONE);
		Map<String, String> before = ExportAssertions.contents(output);
		assertEquals(21, before.size());

		// U+0007 parses as prose but XML 1.0 cannot carry it: the export fails on this document,
		// which comes after every document of the examples
		Path bad = corpusFolder.resolve("bell.chancery");
		Files.writeString(bad, "letter 1950-01-01-bell {\n  title \"Bell\"\n  text { ring\u0007 }\n}\n");
		CorpusLoader loader = ExportAssertions.loader();
		List<Path> files = new ArrayList<>(loader.findFiles(List.of(Checkout.examples())));
		files.add(bad);
		Corpus corpus = loader.load(files);
		List<Integer> produced = new ArrayList<>();

		ExportRefusedException e = assertThrows(ExportRefusedException.class, () -> ExportAssertions.exporter().export(corpus,
				new TeiExport(), output, true, (done, total) -> produced.add(done)));

		assertEquals("export failed, nothing was written: document 1950-01-01-bell: the character U+0007 cannot be written in XML"
				+ " (at position 5 of “ring\u0007”)", e.getMessage());
		assertEquals(20, produced.size(), "the documents staged before the failure");
		assertEquals(before, ExportAssertions.contents(output));
	}

	@Test
	void aCorpusWithErrorsIsRefusedUnlessForced() throws Exception {
		Files.writeString(output.resolve("earlier.xml"), "<earlier/>");
		Files.writeString(corpusFolder.resolve("broken.chancery"), "letter 1950-01-01-broken {\n  from nobody\n}\n");
		Corpus corpus = ExportAssertions.load(corpusFolder);

		ExportRefusedException e = assertThrows(ExportRefusedException.class,
				() -> ExportAssertions.exporter().export(corpus, new TeiExport(), output, false, ExportProgress.NONE));

		// the unknown sender, and the recipient and date a letter needs
		assertEquals("the corpus has 3 errors; export refused (an archive should not receive an unfinished transcription)",
				e.getMessage());
		assertEquals(Map.of("earlier.xml", "<earlier/>"), ExportAssertions.contents(output));

		ExportAssertions.exporter().export(corpus, new TeiExport(), output, true, ExportProgress.NONE);
		assertEquals(List.of("1950-01-01-broken.xml", "earlier.xml", "registers.xml"),
				List.copyOf(ExportAssertions.contents(output).keySet()));
	}
}

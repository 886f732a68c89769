package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.chancery.lang.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export folder as a transaction: the files of documents no longer in the corpus go, but only
 * those Chancery wrote; permissions follow the user's umask and an existing file keeps its mode;
 * a second export into a folder waits for none and is refused while the first runs; leftovers of
 * earlier versions are cleaned. (Interruptions: {@link ExportKillTest}.)
 */
class ExportTransactionTest {

	private static final String REGISTER = "person writer {\n  name \"Writer\"\n}\n";

	@TempDir
	Path work;

	private Corpus corpus(String name, String... documents) throws Exception {
		Path folder = Files.createDirectories(work.resolve(name));
		StringBuilder text = new StringBuilder(REGISTER);
		for (String document : documents) {
			text.append("letter ").append(document).append(" {\n  title \"Letter\"\n  from writer\n  to writer\n  date 1917-06-01\n}\n");
		}
		Files.writeString(folder.resolve("letters.chancery"), text);
		return ExportAssertions.load(folder);
	}

	@Test
	void filesOfDocumentsNoLongerInTheCorpusAreRemovedButOnlyChanceryS() throws Exception {
		Path output = work.resolve("out");
		CorpusExporter exporter = ExportAssertions.exporter();
		assertEquals(new ExportOutcome(3, 0),
				exporter.export(corpus("first", "a", "b"), new TeiExport(), output, true, true, ExportProgress.NONE));
		Files.writeString(output.resolve("c.xml"), "<mine/>");

		ExportOutcome outcome = exporter.export(corpus("second", "a"), new TeiExport(), output, true, true, ExportProgress.NONE);

		assertEquals(new ExportOutcome(2, 1), outcome);
		assertEquals(List.of("a.xml", "c.xml", "registers.xml"), List.copyOf(ExportAssertions.contents(output).keySet()));
		assertEquals(List.of("# The files Chancery's exports wrote into this folder; only these are ever removed. Do not edit.",
				"a.xml", "registers.xml"), Files.readAllLines(output.resolve(".chancery/manifest-tei")));
		assertEquals(List.of("lock", "manifest-tei"), List.of(output.resolve(".chancery").toFile().list()).stream().sorted().toList());
	}

	@Test
	void anExportOfASelectionRemovesNothingAndKeepsTrackOfEverything() throws Exception {
		Path output = work.resolve("out");
		CorpusExporter exporter = ExportAssertions.exporter();
		exporter.export(corpus("first", "a", "b"), new TeiExport(), output, true, true, ExportProgress.NONE);

		assertEquals(new ExportOutcome(2, 0), exporter.export(corpus("second", "a"), new TeiExport(), output, true, ExportProgress.NONE));

		assertEquals(List.of("a.xml", "b.xml", "registers.xml"), List.copyOf(ExportAssertions.contents(output).keySet()));
		assertEquals(new ExportOutcome(2, 1),
				exporter.export(corpus("third", "a"), new TeiExport(), output, true, true, ExportProgress.NONE));
	}

	@Test
	void filesGetTheUserSUmaskAndAReplacedFileKeepsItsMode() throws Exception {
		Path output = work.resolve("out");
		CorpusExporter exporter = ExportAssertions.exporter();
		exporter.export(corpus("first", "a"), new TeiExport(), output, true, true, ExportProgress.NONE);
		// what this process's umask gives a new file
		Path reference = Files.writeString(work.resolve("reference"), "");
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(output.resolve("a.xml")));
		Files.setPosixFilePermissions(output.resolve("a.xml"), PosixFilePermissions.fromString("rw-r-----"));

		exporter.export(corpus("second", "a", "b"), new TeiExport(), output, true, true, ExportProgress.NONE);

		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(output.resolve("a.xml"))));
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(output.resolve("b.xml")));
	}

	@Test
	void aSecondExportIntoTheFolderIsRefusedWhileTheFirstRuns() throws Exception {
		Path output = work.resolve("out");
		Corpus first = corpus("first", "a", "b");
		Corpus second = corpus("second", "c");
		CountDownLatch staging = new CountDownLatch(1);
		CountDownLatch mayGoOn = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<ExportOutcome> running = executor.submit(() -> ExportAssertions.exporter().export(first, new TeiExport(), output,
					true, true, (done, total) -> {
						staging.countDown();
						try {
							mayGoOn.await();
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					}));
			assertEquals(true, staging.await(60, TimeUnit.SECONDS));

			ExportRefusedException refused = assertThrows(ExportRefusedException.class,
					() -> ExportAssertions.exporter().export(second, new TeiExport(), output, true, true, ExportProgress.NONE));

			assertEquals("another export into " + output + " is running; nothing was written (try again when it has finished)",
					refused.getMessage());
			mayGoOn.countDown();
			assertEquals(new ExportOutcome(3, 0), running.get(60, TimeUnit.SECONDS));
			assertEquals(List.of("a.xml", "b.xml", "registers.xml"), List.copyOf(ExportAssertions.contents(output).keySet()));
		} finally {
			mayGoOn.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void temporariesOfEarlierVersionsAndStagedFilesOfAnInterruptedRunAreCleaned() throws Exception {
		Path output = Files.createDirectories(work.resolve("out"));
		Files.writeString(output.resolve(".a.xml.1234567890.tmp"), "<half");
		Files.writeString(output.resolve(".notes.tmp"), "the user's");
		Files.createDirectories(output.resolve(".chancery/staging"));
		Files.writeString(output.resolve(".chancery/staging/zzz.xml"), "<staged/>");

		ExportAssertions.exporter().recover(output);

		assertEquals(Map.of(".notes.tmp", "the user's"), ExportAssertions.contents(output));
		assertEquals(List.of(), List.of(output.resolve(".chancery").toFile().list()).stream().filter(n -> !n.equals("lock")).toList());
	}
}

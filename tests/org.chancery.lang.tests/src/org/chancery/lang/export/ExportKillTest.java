package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chancery.lang.bench.CorpusGenerator;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.tests.Checkout;
import org.chancery.lang.tests.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of 1,000 documents over an export of 1,050 others, in a child JVM killed
 * ({@code destroyForcibly}, SIGKILL) at seeded random points: before it stages, while it stages,
 * and while it moves files in. After each kill, the recovery every export starts with leaves the
 * folder exactly as the old export left it or exactly as the new one does, with the user's own
 * file untouched and no leftover of the killed run. The number of runs is
 * {@code -Dchancery.killRuns=N} (default 8); the first is not killed and, paused after its first
 * file, shows that a second export into the folder is refused while it runs.
 */
class ExportKillTest {

	private static final long SEED = 19L;

	@TempDir
	Path work;

	@Test
	void aKilledExportLeavesTheOldOrTheNewExportAndNothingElse() throws Exception {
		Path oldCorpus = work.resolve("old-corpus");
		Path newCorpus = work.resolve("new-corpus");
		new CorpusGenerator(1, 1_050).write(oldCorpus, 1_050);
		new CorpusGenerator(2, 1_000).write(newCorpus, 1_000);
		CorpusExporter exporter = ExportAssertions.exporter();

		Path oldExport = work.resolve("old-export");
		exporter.export(ExportAssertions.load(oldCorpus), new TeiExport(), oldExport, true, true, ExportProgress.NONE);
		Files.writeString(oldExport.resolve("my-notes.txt"), "the editor's own file, never removed");
		Map<String, String> oldState = ExportAssertions.contents(oldExport);
		Path newExport = copy(oldExport, work.resolve("new-export"));
		ExportOutcome outcome = exporter.export(ExportAssertions.load(newCorpus), new TeiExport(), newExport, true, true,
				ExportProgress.NONE);
		Map<String, String> newState = ExportAssertions.contents(newExport);
		// a file per document (quoted ones too) and registers.xml; of the old files, those the new
		// export did not write went, the editor's own file stayed
		assertEquals(outcome.written() + 1, newState.size());
		assertEquals(oldState.size() - sharedFiles(oldState, newState), outcome.removed());
		assertEquals(oldState.get("my-notes.txt"), newState.get("my-notes.txt"));
		Corpus small = ExportAssertions.load(Checkout.examples());

		int runs = Integer.getInteger("chancery.killRuns", 8);
		Random random = new Random(SEED);
		int[] outcomes = new int[2];
		Timing timing = null;
		for (int run = 0; run < runs; run++) {
			Path folder = copy(oldExport, work.resolve("run-" + run));
			Process child = ChildJvm.of(ExportChild.class, newCorpus.toString(), folder.toString(), run == 0 ? "pause" : "")
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			BlockingQueue<String> lines = lines(child);
			if (run == 0) {
				timing = runToTheEnd(child, lines, exporter, small, folder);
			} else {
				killAtRandom(child, lines, timing, random, run % 3);
			}
			exporter.recover(folder);
			Map<String, String> state = ExportAssertions.contents(folder);
			boolean isOld = state.equals(oldState);
			boolean isNew = state.equals(newState);
			assertTrue(isOld || isNew, "run " + run + ": " + state.size() + " files, neither the old nor the new export");
			assertEquals(List.of("lock", "manifest-tei"), bookkeeping(folder), "run " + run + ": leftovers");
			outcomes[isNew ? 1 : 0]++;
			if (run == 0) {
				assertTrue(isNew, "the run not killed completes");
			}
		}
		System.out.println("ExportKillTest: " + newState.size() + " files over " + oldState.size() + ", " + runs + " runs, " + (runs - 1) + " killed; afterwards " + outcomes[0]
				+ " old, " + outcomes[1] + " new");
	}

	/** How long the phases of an undisturbed child take, in milliseconds. */
	private record Timing(long start, long staging, long commit) {
	}

	private static Timing runToTheEnd(Process child, BlockingQueue<String> lines, CorpusExporter exporter, Corpus other,
			Path folder) throws Exception {
		long started = System.nanoTime();
		await(lines, "exporting");
		long exporting = System.nanoTime();
		await(lines, "paused");
		ExportRefusedException refused = assertThrows(ExportRefusedException.class,
				() -> exporter.export(other, new TeiExport(), folder, true, true, ExportProgress.NONE));
		assertEquals("another export into " + folder + " is running; nothing was written (try again when it has finished)",
				refused.getMessage());
		try (OutputStream in = child.getOutputStream()) {
			in.write('\n');
		}
		long resumed = System.nanoTime();
		await(lines, "staged");
		long staged = System.nanoTime();
		await(lines, "done");
		long done = System.nanoTime();
		assertEquals(0, child.waitFor());
		return new Timing(millis(exporting - started), millis(staged - resumed), Math.max(1, millis(done - staged)));
	}

	/** Mode 0: anywhere from the start; 1: while staging; 2: while moving files in. */
	private static void killAtRandom(Process child, BlockingQueue<String> lines, Timing timing, Random random, int mode)
			throws Exception {
		switch (mode) {
			case 0 -> Thread.sleep(random.nextLong(timing.start() + timing.staging() + timing.commit()));
			case 1 -> {
				await(lines, "exporting");
				Thread.sleep(random.nextLong(timing.staging() + 1));
			}
			default -> {
				await(lines, "staged");
				Thread.sleep(random.nextLong(timing.commit() + 1));
			}
		}
		child.destroyForcibly();
		child.waitFor(30, TimeUnit.SECONDS);
	}

	private static BlockingQueue<String> lines(Process child) {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the child was killed
			}
			lines.add("<end>");
		});
		reader.setDaemon(true);
		reader.start();
		return lines;
	}

	private static void await(BlockingQueue<String> lines, String expected) throws InterruptedException {
		for (;;) {
			String line = lines.poll(120, TimeUnit.SECONDS);
			if (line == null || line.equals("<end>")) {
				// the child ended (killed before it got there): the kill comes anyway
				if (line != null) {
					lines.add(line);
				}
				return;
			}
			if (line.equals(expected)) {
				return;
			}
		}
	}

	private static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	private static int sharedFiles(Map<String, String> oldState, Map<String, String> newState) {
		return (int) newState.keySet().stream().filter(oldState::containsKey).count();
	}

	private static List<String> bookkeeping(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder.resolve(".chancery"))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(from)) {
			walk.forEach(paths::add);
		}
		for (Path path : paths) {
			Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
		}
		return to;
	}
}

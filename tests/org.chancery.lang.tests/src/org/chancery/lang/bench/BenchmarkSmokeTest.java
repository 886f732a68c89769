package org.chancery.lang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small benchmark run completes and prints every figure; the timings themselves are not asserted. */
class BenchmarkSmokeTest {

	@TempDir
	Path work;

	@Test
	void smallRunPrintsEveryFigureOfAnErrorFreeCorpus() throws Exception {
		ChanceryBenchmark benchmark = new ChanceryInjectorProvider().getInjector().getInstance(ChanceryBenchmark.class);
		BenchmarkFigures figures = benchmark.run(60, work, null, null, new PrintStream(new ByteArrayOutputStream()));

		assertEquals(0, figures.errors(), "the generated corpus validates without errors");
		assertEquals(64, figures.files());
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		figures.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
		List<String> labels = printed.toString(StandardCharsets.UTF_8).lines()
				.map(line -> line.replaceAll("^60 documents: (\\S+( \\S+)?) +.*$", "$1")).toList();
		assertEquals(List.of("generated", "full build", "peak heap", "re-validation"), labels);
	}

	@Test
	void sameSeedSameCorpus() throws Exception {
		new CorpusGenerator(7, 30).write(work.resolve("a"), 30);
		new CorpusGenerator(7, 30).write(work.resolve("b"), 30);
		for (Path file : files(work.resolve("a"))) {
			Path twin = work.resolve("b").resolve(work.resolve("a").relativize(file));
			assertTrue(Files.mismatch(file, twin) == -1, () -> "differs: " + file);
		}
		assertEquals(34, files(work.resolve("a")).size());
	}

	private static List<Path> files(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}
}

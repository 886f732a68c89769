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

import org.chancery.lang.cli.ChanceryCli;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small benchmark run completes and prints every figure; the timings themselves are not asserted. */
class BenchmarkSmokeTest {

	@TempDir
	Path work;

	@Test
	void benchCommandPrintsEveryFigure() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String schema = Checkout.root().resolveSibling("shared").resolve("schemas/tei/tei_all.rng").toString();

		int exit = new ChanceryCli(work).run(new String[] { "bench", "--documents", "40", "--schema", schema },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertEquals(0, exit, () -> err.toString(StandardCharsets.UTF_8));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertTrue(lines.get(0).startsWith("Chancery benchmark: "), lines.get(0));
		assertEquals(List.of("generated", "full build", "peak heap", "re-validation", "TEI export", "Jing on the TEI"),
				lines.subList(1, lines.size()).stream().map(line -> line.replaceAll("^40 documents: (.+?)  +.*$", "$1")).toList());
		assertTrue(lines.get(2).endsWith("(parse, link, validate; 0 errors)"), lines.get(2));
	}

	@Test
	void generatedCorpusIsFreeOfErrorsAndItsTeiValid() throws Exception {
		ChanceryBenchmark benchmark = new ChanceryInjectorProvider().getInjector().getInstance(ChanceryBenchmark.class);
		TeiExportSteps steps = new ChanceryInjectorProvider().getInjector().getInstance(TeiExportSteps.class);
		int[] invalid = new int[1];
		ChanceryBenchmark.TeiValidation jing = steps.validation(
				Checkout.root().resolveSibling("shared").resolve("schemas/tei/tei_all.rng"));
		BenchmarkFigures figures = benchmark.run(60, work, steps.export(java.time.Clock.systemUTC()),
				folder -> invalid[0] = jing.validate(folder), new PrintStream(new ByteArrayOutputStream()));

		assertEquals(0, figures.errors(), "the generated corpus validates without errors");
		assertEquals(0, invalid[0], "every exported TEI file is valid");
		assertEquals(64, figures.files());
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

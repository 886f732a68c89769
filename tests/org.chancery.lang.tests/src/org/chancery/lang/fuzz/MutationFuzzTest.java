package org.chancery.lang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chancery.lang.export.RelaxNgValidation;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;

/**
 * Mutates the example corpus many times and puts each result through {@link FuzzCheck}. The
 * normal build tries {@value #DEFAULT_INPUTS} inputs; {@code -Dchancery.fuzz.inputs=100000} runs
 * the long run ({@code -Dchancery.fuzz.seconds=…} ends it earlier), {@code -Dchancery.fuzz.seed=…}
 * another sequence. A failing input is written to
 * target/fuzz/ to become a regression fixture (resources/fixtures/fuzz/).
 */
class MutationFuzzTest {

	/** About a minute on the two shared cores of the CI machine (some 200 ms an input: a corpus of up to 6 files). */
	static final int DEFAULT_INPUTS = 300;

	@Test
	void mutatedCorporaGiveDiagnosticsNeverExceptionsAndExportOnlyValidFiles() throws Exception {
		int inputs = Integer.getInteger("chancery.fuzz.inputs", DEFAULT_INPUTS);
		long seed = Long.getLong("chancery.fuzz.seed", 19L);
		Mutator mutator = new Mutator(seed, Integer.getInteger("chancery.fuzz.nesting", 2_000));
		FuzzCheck check = newCheck();
		List<Map<String, String>> groups = FuzzCorpus.groups(Checkout.examples());
		for (Map<String, String> group : groups) {
			check.rememberBaseline(group);
		}
		Path failed = Checkout.root().resolve("tests/org.chancery.lang.tests/target/fuzz");
		List<String> failures = new ArrayList<>();
		List<String> known = new ArrayList<>();
		int exported = 0;
		long slowest = 0;
		long start = System.nanoTime();
		long budget = Long.getLong("chancery.fuzz.seconds", Long.MAX_VALUE / 2_000_000_000L) * 1_000_000_000L;
		int tried = 0;
		for (int i = 0; i < inputs && System.nanoTime() - start < budget; i++, tried++) {
			Map<String, String> group = groups.get(mutator.nextInt(groups.size()));
			List<String> names = List.copyOf(group.keySet());
			String name = names.get(mutator.nextInt(names.size()));
			Map<String, String> files = new LinkedHashMap<>(group);
			files.put(name, mutator.mutate(group.get(name)));
			FuzzCheck.Outcome outcome = check.check(files);
			if (Boolean.getBoolean("chancery.fuzz.verbose")) {
				System.out.println(i + " " + name + " " + outcome);
			}
			slowest = Math.max(slowest, outcome.millis());
			exported += outcome.exported() ? 1 : 0;
			if (outcome.failure() != null) {
				Path input = failed.resolve("input-" + seed + "-" + i + "-" + name.replace('/', '_'));
				Files.createDirectories(failed);
				Files.write(input, FuzzCorpus.bytes(files.get(name)));
				failures.add(input.getFileName() + ": " + outcome.failure());
			} else if (outcome.known() != null) {
				known.add("input " + i + " (" + name + "): " + outcome.known());
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.println(String.format(Locale.ROOT,
				"fuzz: %d inputs (seed %d) in %.1f s, %d exported, slowest %d ms, %d failures, %d known (control characters refused at export: issue 19, item 5)",
				tried, seed, seconds, exported, slowest, failures.size(), known.size()));
		known.stream().limit(5).forEach(line -> System.out.println("  known: " + line));
		assertEquals(List.of(), failures);
	}

	static FuzzCheck newCheck() throws Exception {
		Path schemas = Checkout.root().resolveSibling("shared").resolve("schemas");
		return new FuzzCheck(new ChanceryInjectorProvider().getInjector(),
				new RelaxNgValidation(schemas.resolve("tei/tei_all.rng")),
				new RelaxNgValidation(schemas.resolve("cmif/cmi-customization.rng")));
	}
}

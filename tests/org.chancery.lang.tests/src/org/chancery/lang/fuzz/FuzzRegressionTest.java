package org.chancery.lang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The inputs the fuzzer once broke Chancery with, kept as fixtures: each file under
 * resources/fixtures/fuzz/ stands in for the example file of the same path (its name says which,
 * with `_` for `/`) and must pass {@link FuzzCheck}.
 */
class FuzzRegressionTest {

	private static final Path FIXTURES = Checkout.root().resolve("tests/org.chancery.lang.tests/resources/fixtures/fuzz");

	@TestFactory
	Stream<DynamicTest> everyInputThatOnceFailedPasses() throws Exception {
		FuzzCheck check = MutationFuzzTest.newCheck();
		List<Map<String, String>> groups = FuzzCorpus.groups(Checkout.examples());
		for (Map<String, String> group : groups) {
			check.rememberBaseline(group);
		}
		List<Path> fixtures;
		try (Stream<Path> files = Files.list(FIXTURES)) {
			fixtures = files.sorted().toList();
		}
		assertEquals(false, fixtures.isEmpty(), "fixtures in " + FIXTURES);
		return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
			String replaced = fixture.getFileName().toString().replaceFirst("^[^_]*?-\\d+-\\d+-", "").replace('_', '/');
			Map<String, String> group = groups.stream().filter(g -> g.containsKey(replaced)).findFirst()
					.orElseThrow(() -> new AssertionError("no example file " + replaced));
			Map<String, byte[]> files = FuzzCorpus.bytes(group);
			files.put(replaced, Files.readAllBytes(fixture));
			FuzzCheck.Outcome outcome = check.check(files, false);
			assertNull(outcome.failure());
		}));
	}
}

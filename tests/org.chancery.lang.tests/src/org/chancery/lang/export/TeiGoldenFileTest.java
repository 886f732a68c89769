package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each folder under fixtures/export/ is a corpus; its expected/ folder holds exactly the TEI files
 * the export must write, byte for byte (and they are valid TEI).
 */
class TeiGoldenFileTest {

	private static final Path FIXTURES = Checkout.root().resolve("tests/org.chancery.lang.tests/resources/fixtures/export");

	@TestFactory
	Stream<DynamicNode> eachFixtureExportsExactlyItsExpectedFiles() throws IOException {
		try (Stream<Path> folders = Files.list(FIXTURES)) {
			return folders.filter(Files::isDirectory).sorted().map(TeiGoldenFileTest::fixture).toList().stream();
		}
	}

	private static DynamicNode fixture(Path folder) {
		try {
			Map<String, String> actual = ExportAssertions.produce(new TeiExport(), ExportAssertions.load(folder));
			ExportAssertions.keepActual(folder.getFileName().toString(), actual);
			Map<String, String> expected = ExportAssertions.contents(folder.resolve("expected"));
			Stream<DynamicTest> files = expected.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
				assertEquals(expected.get(name), actual.get(name));
				assertEquals(List.of(), RelaxNgSchema.tei().errors(folder.resolve("expected").resolve(name)));
			}));
			DynamicTest names = DynamicTest.dynamicTest("file names",
					() -> assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet())));
			return DynamicContainer.dynamicContainer(folder.getFileName().toString(), Stream.concat(Stream.of(names), files));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

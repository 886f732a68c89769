package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents whose id is no portable file name: reserved names, the export's own files, long ids. */
class PortableFileNamesTest {

	private static final String LONG_ID = "x".repeat(227);

	@TempDir
	Path work;

	@Test
	void reservedNamesGetATilde() {
		assertEquals(List.of("con~", "NUL~", "aux~", "com1~", "LPT9~", "registers~", "cmif~", "corpus~", "cone", "com10", "lpt"),
				List.of("con", "NUL", "aux", "com1", "LPT9", "registers", "cmif", "corpus", "cone", "com10", "lpt").stream()
						.map(PortableFileNames::of).toList());
	}

	@Test
	void aLongIdIsCutAndHashed() {
		String name = PortableFileNames.of(LONG_ID);
		assertEquals(100, name.length());
		assertEquals("x".repeat(91) + "~", name.substring(0, 92));
		assertTrue(name.substring(92).matches("[0-9a-f]{8}"), name);
		assertEquals(name, PortableFileNames.of(LONG_ID));
		assertEquals("y".repeat(100), PortableFileNames.of("y".repeat(100)));
	}

	@Test
	void theExportUsesThePortableNameAndKeepsTheId() throws Exception {
		Path corpus = Files.createDirectories(work.resolve("corpus"));
		Files.writeString(corpus.resolve("documents.chancery"), """
				document con {
				  title "Con"
				  undated
				}
				document registers {
				  title "Registers"
				  undated
				}
				document %s {
				  title "Long"
				  undated
				}
				""".formatted(LONG_ID));
		Path output = work.resolve("out");

		ExportAssertions.exporter().export(ExportAssertions.load(corpus), new TeiExport(), output, false, ExportProgress.NONE);

		Map<String, String> files = ExportAssertions.contents(output);
		String longName = PortableFileNames.of(LONG_ID) + ".xml";
		assertEquals(List.of("con~.xml", "registers.xml", "registers~.xml", longName).stream().sorted().toList(),
				List.copyOf(files.keySet()));
		assertTrue(files.get("con~.xml").contains("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" n=\"con\">"), files.get("con~.xml"));
		assertTrue(files.get(longName).contains(" n=\"" + LONG_ID + "\">"), files.get(longName));
		assertTrue(files.get("registers~.xml").contains("<title>Registers</title>"), files.get("registers~.xml"));
	}
}

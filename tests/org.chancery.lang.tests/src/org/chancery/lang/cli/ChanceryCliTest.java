package org.chancery.lang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real entry point on fixture corpora: exact output lines and exit codes. */
class ChanceryCliTest {

	private static final String FIXTURES = "tests/org.chancery.lang.tests/resources/fixtures/cli";

	@TempDir
	Path output;

	/** What one run printed. */
	private record Run(int exitCode, List<String> out, List<String> err) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ChanceryCli cli = new ChanceryCli(Checkout.root());
		cli.exportCommand().setClock(Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC));
		int exitCode = cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exitCode, lines(out), lines(err));
	}

	private static List<String> lines(ByteArrayOutputStream stream) {
		String text = stream.toString(StandardCharsets.UTF_8);
		return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
	}

	@Test
	void validateReportsEachIssueWithFileLineColumnAndCode() {
		assertEquals(new Run(1, List.of(
				FIXTURES + "/invalid/broken.chancery:8:6: error: No person or organisation has the id ‘nobody’."
						+ " [chancery.unresolved-reference]",
				FIXTURES + "/invalid/broken.chancery:10:16: warning: ‘Chu’ is none of the names of ‘zhu’ (Zhu); add it as a"
						+ " variant, or check the id. [chancery.name-mismatch]",
				FIXTURES + "/invalid/broken.chancery:12:1: error: extraneous input '}' expecting EOF"
						+ " [org.eclipse.xtext.diagnostics.Diagnostic.Syntax]",
				"2 files, 2 errors, 1 warning"), List.of()), run("validate", FIXTURES));
	}

	@Test
	void validateOfACleanCorpusPrintsTheSummaryAndSucceeds() {
		assertEquals(new Run(0, List.of("1 file, 0 errors, 0 warnings"), List.of()), run("validate", FIXTURES + "/valid"));
	}

	@Test
	void validateOfTheExampleCorpusFindsNothing() {
		assertEquals(new Run(0, List.of("8 files, 0 errors, 0 warnings"), List.of()), run("validate", "examples"));
	}

	@Test
	void exportWritesTheFilesAndSaysSo() throws Exception {
		Path folder = output.resolve("tei");
		assertEquals(new Run(0, List.of("exported 2 TEI files to " + folder), List.of()),
				run("export", "--format", "tei", FIXTURES + "/valid", "-o", folder.toString()));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("1917-06-26-julian-telegram.xml", "registers.xml"),
					files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void exportOfEachFormatNamesItsFiles() {
		assertEquals(new Run(0, List.of("exported 1 CMIF file to " + output), List.of()),
				run("export", "--format", "cmif", FIXTURES + "/valid", "-o", output.toString()));
		assertEquals(new Run(0, List.of("exported 1 XMI file to " + output), List.of()),
				run("export", "--format=xmi", FIXTURES + "/valid", "-o", output.toString()));
		assertEquals(List.of("cmif.xml", "corpus.xmi"), List.of(output.toFile().list()).stream().sorted().toList());
	}

	@Test
	void exportRefusesACorpusWithErrorsAndSaysWhy() {
		assertEquals(new Run(1, List.of(), List.of("chancery: the corpus has 2 errors; export refused (an archive should not"
				+ " receive an unfinished transcription); run 'chancery validate' to see them, or export with --force")),
				run("export", "--format", "tei", FIXTURES, "-o", output.toString()));
		assertEquals(0, output.toFile().list().length);
	}

	@Test
	void aLargeExportReportsItsProgressOnStandardError() throws Exception {
		Path corpus = Files.createDirectory(output.resolve("corpus"));
		StringBuilder documents = new StringBuilder("person writer { name \"Writer\" }\n");
		for (int i = 1; i <= 200; i++) {
			documents.append("letter letter-no-").append(i).append(" { title \"Letter\" from writer to writer date 1917-06-01 }\n");
		}
		Files.writeString(corpus.resolve("letters.chancery"), documents);
		Path folder = output.resolve("tei");

		Run run = run("export", "--format", "tei", corpus.toString(), "-o", folder.toString());

		// 200 documents and the registers: a line at each tenth, and at the end
		assertEquals(new Run(0, List.of("exported 201 TEI files to " + folder),
				List.of("export: 20 of 201 files", "export: 40 of 201 files", "export: 60 of 201 files", "export: 80 of 201 files",
						"export: 100 of 201 files", "export: 120 of 201 files", "export: 140 of 201 files", "export: 160 of 201 files",
						"export: 180 of 201 files", "export: 200 of 201 files", "export: 201 of 201 files")),
				run);
	}

	@Test
	void oneClearLineForAWrongCommandLine() {
		assertEquals(new Run(2, List.of(), List.of("chancery: no such file or folder: no/such/folder")),
				run("validate", "no/such/folder"));
		assertEquals(new Run(2, List.of(), List.of("chancery: export: unknown format 'pdf' (known: tei, cmif, xmi)")),
				run("export", "--format", "pdf", FIXTURES, "-o", output.toString()));
		assertEquals(new Run(2, List.of(), List.of("chancery: export: no output folder given (-o DIR)")),
				run("export", "--format", "tei", FIXTURES));
		assertEquals(new Run(2, List.of(), List.of("chancery: unknown command 'check' (commands: validate, export, diff, bench)")), run("check"));
		assertEquals(new Run(2, List.of(), List.of("chancery: bench: 'ten' is not a number of documents")),
				run("bench", "--documents", "ten"));
		assertEquals(new Run(2, List.of(), List.of("chancery: no command given (try 'chancery --help')")), run());
	}

	@Test
	void anOutputFolderThatCannotBeCreatedIsOneLine() throws Exception {
		Path file = Files.writeString(output.resolve("a-file"), "");
		assertEquals(new Run(1, List.of(), List.of("chancery: cannot create the output folder " + file.resolve("out"))),
				run("export", "--format", "tei", FIXTURES + "/valid", "-o", file.resolve("out").toString()));
	}

	@Test
	void helpOfEachCommand() {
		assertEquals(new Run(0, CliUsage.TOOL.lines().toList(), List.of()), run("--help"));
		assertEquals(new Run(0, CliUsage.VALIDATE.lines().toList(), List.of()), run("validate", "--help"));
		assertEquals(new Run(0, CliUsage.EXPORT.lines().toList(), List.of()), run("export", "--help"));
		assertEquals("Usage: chancery export --format FORMAT PATH... -o DIR [--force]", CliUsage.EXPORT.lines().findFirst().get());
	}
}

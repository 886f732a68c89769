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
				FIXTURES + "/invalid/broken.chancery:12:1: error: This ‘}’ closes nothing: remove it, or look above for the"
						+ " block it was meant to close. [chancery.syntax.unmatched-closing]",
				"3 files, 2 errors, 1 warning"), List.of()), run("validate", FIXTURES));
	}

	@Test
	void validateOfACleanCorpusPrintsTheSummaryAndSucceeds() {
		assertEquals(new Run(0, List.of("2 files, 0 errors, 0 warnings"), List.of()), run("validate", FIXTURES + "/valid"));
	}

	@Test
	void validateOfTheExampleCorpusFindsNothing() {
		assertEquals(new Run(0, List.of("10 files, 0 errors, 0 warnings"), List.of()), run("validate", "examples"));
	}

	@Test
	void exportWritesTheFilesAndSaysSo() throws Exception {
		Path folder = output.resolve("tei");
		assertEquals(new Run(0, List.of("exported 2 TEI files to " + folder), List.of()),
				run("export", "--format", "tei", FIXTURES + "/valid", "-o", folder.toString()));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(".chancery", "1917-06-26-julian-telegram.xml", "registers.xml"),
					files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void exportSaysHowManyFilesOfVanishedDocumentsItRemoved() throws Exception {
		Path corpus = Files.createDirectory(output.resolve("corpus"));
		String register = "person writer { name \"Writer\" }\n";
		String letter = "letter %s { title \"Letter\" from writer to writer date 1917-06-01 }\n";
		Files.writeString(corpus.resolve("letters.chancery"), register + letter.formatted("kept") + letter.formatted("gone"));
		Path folder = output.resolve("tei");
		assertEquals(new Run(0, List.of("exported 3 TEI files to " + folder), List.of()),
				run("export", "--format", "tei", corpus.toString(), "-o", folder.toString()));
		Files.writeString(corpus.resolve("letters.chancery"), register + letter.formatted("kept"));

		assertEquals(new Run(0, List.of("exported 2 TEI files to " + folder + "; removed 1 file of documents no longer in the corpus"),
				List.of()), run("export", "--format", "tei", corpus.toString(), "-o", folder.toString()));
		assertEquals(List.of(".chancery", "kept.xml", "registers.xml"), List.of(folder.toFile().list()).stream().sorted().toList());
	}

	@Test
	void exportOfEachFormatNamesItsFiles() {
		assertEquals(new Run(0, List.of("exported 1 CMIF file to " + output), List.of()),
				run("export", "--format", "cmif", FIXTURES + "/valid", "-o", output.toString()));
		assertEquals(new Run(0, List.of("exported 1 XMI file to " + output), List.of()),
				run("export", "--format=xmi", FIXTURES + "/valid", "-o", output.toString()));
		// .chancery: the export's lock and the record of the files each format wrote
		assertEquals(List.of(".chancery", "cmif.xml", "corpus.xmi"), List.of(output.toFile().list()).stream().sorted().toList());
	}

	@Test
	void cmifExportCountsTheDocumentsItLeavesOut() {
		assertEquals(new Run(0, List.of("exported 1 CMIF file to " + output + " (7 documents that are not a letter or telegram left out)"),
				List.of()), run("export", "--format", "cmif", "examples/seeds", "-o", output.toString()));
	}

	@Test
	void cmifExportRefusesACorpusWithoutAnEditionAndSaysWhy() {
		assertEquals(new Run(1, List.of(), List.of("chancery: CMIF export refused: the corpus declares no edition, and a CMIF file"
				+ " names the edition's title, editors, publisher, licence and address, which Chancery does not invent. Declare them"
				+ " in a file of their own: edition { title \"…\" editor \"…\" publisher \"…\" base-url \"https://…/\""
				+ " licence \"CC-BY-4.0\" }")),
				run("export", "--format", "cmif", FIXTURES + "/invalid", "-o", output.toString()));
		assertEquals(0, output.toFile().list().length);
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
		assertEquals(new Run(2, List.of(), List.of("chancery: unknown command 'check' (commands: validate, export, diff, bench, completion)")),
				run("check"));
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
		Run tool = run("--help");
		assertEquals(0, tool.exitCode());
		assertEquals(List.of("Usage: chancery [-hV] COMMAND", "Checks and exports a corpus of Chancery transcriptions (*.chancery files).",
				"  -h, --help      Show this help message and exit.", "  -V, --version   Print version information and exit.",
				"", "Commands:", "  validate    Checks the corpus formed by the PATHs (files, or folders searched for *.chancery",
				"                files)"), tool.out().subList(0, 8));
		assertEquals(tool, run("help"));
		Run export = run("export", "--help");
		assertEquals("Usage: chancery export [-hV] [--force] [-f=FORMAT] [-o=DIR] [PATH...]", export.out().get(0));
		assertEquals(export, run("help", "export"));
		assertEquals("Usage: chancery validate [-hV] [PATH...]", run("validate", "-h").out().get(0));
		assertEquals("Usage: chancery bench [-hV] [-n=N,N...] [--schema=RNG]", run("bench", "--help").out().get(0));
	}

	@Test
	void versionAndCompletion() {
		Run version = run("--version");
		assertEquals(0, version.exitCode());
		assertEquals(1, version.out().size());
		assertEquals(true, version.out().get(0).matches("chancery \\S+ \\(Java \\S+\\)"), version.out().get(0));
		assertEquals(version, run("export", "--version"));
		Run completion = run("completion");
		assertEquals(0, completion.exitCode());
		assertEquals("#!/usr/bin/env bash", completion.out().get(0));
		assertEquals(true, completion.out().contains("complete -F _complete_chancery -o default chancery chancery.sh chancery.bash"),
				"the completion function is registered");
	}

	@Test
	void misspeltCommandsAndOptionsGetASuggestion() {
		assertEquals(new Run(2, List.of(), List.of("chancery: unknown command 'valdate'; did you mean 'validate'? (commands: validate,"
				+ " export, bench, completion)")), run("valdate", FIXTURES));
		assertEquals(new Run(2, List.of(), List.of("chancery: export: unknown option '--forse'; did you mean '--force'?")),
				run("export", "--format", "tei", "--forse", FIXTURES, "-o", output.toString()));
		assertEquals(new Run(2, List.of(), List.of("chancery: export: --format needs a value")), run("export", FIXTURES, "--format"));
	}

	@Test
	void doubleDashEndsTheOptions() {
		assertEquals(new Run(0, List.of("2 files, 0 errors, 0 warnings"), List.of()), run("validate", "--", FIXTURES + "/valid"));
	}

	@Test
	void pathsThatAreNoChanceryFilesAreOneLineEach() throws Exception {
		assertEquals(new Run(2, List.of(), List.of("chancery: /dev/null is not a .chancery file (a corpus is made of *.chancery files"
				+ " and folders of them)")), run("validate", "/dev/null"));
		Path xmi = Files.writeString(output.resolve("corpus.xmi"), "<xmi/>");
		assertEquals(new Run(2, List.of(), List.of("chancery: " + xmi + " is not a .chancery file (a corpus is made of *.chancery files"
				+ " and folders of them)")), run("validate", xmi.toString()));
		Path text = Files.writeString(output.resolve("letter.txt"), "letter x { }");
		assertEquals(new Run(2, List.of(), List.of("chancery: " + text + " is not a .chancery file (a corpus is made of *.chancery files"
				+ " and folders of them)")), run("export", "--format", "tei", text.toString(), "-o", output.resolve("out").toString()));
	}

	@Test
	void symbolicLinksToFoldersAreFollowedOnceEvenInALoop() throws Exception {
		Path corpus = Files.createDirectories(output.resolve("corpus/documents"));
		Path registers = Files.createDirectories(output.resolve("elsewhere/registers"));
		Files.writeString(registers.resolve("persons.chancery"), "person writer { name \"Writer\" }\n");
		Files.writeString(corpus.resolve("letters.chancery"),
				"letter l-1 { title \"Letter\" from writer to writer date 1917-06-01 }\n");
		Files.createSymbolicLink(output.resolve("corpus/registers"), registers);
		Files.createSymbolicLink(registers.resolve("loop"), output.resolve("elsewhere"));

		assertEquals(new Run(0, List.of("2 files, 0 errors, 0 warnings"), List.of()), run("validate", output.resolve("corpus").toString()));
	}

	@Test
	void aForcedExportOfAnIncompleteEntryWorksAndOfADocumentWithoutIdIsOneLine() throws Exception {
		Path corpus = Files.createDirectories(output.resolve("corpus"));
		Files.writeString(corpus.resolve("letters.chancery"), """
				person q { name }
				letter d-1 { title "Letter" from q to q date 1917-06-01 text { <q|Q> wrote. } }
				""");
		Path folder = output.resolve("tei");

		Run run = run("export", "--force", "--format", "tei", corpus.toString(), "-o", folder.toString());

		assertEquals(new Run(0, List.of("exported 2 TEI files to " + folder), List.of()), run);
		// the entry's empty name: the register names it by its id
		assertEquals(true, Files.readString(folder.resolve("registers.xml")).contains("<persName type=\"preferred\">q</persName>"),
				"q named by its id");

		Files.writeString(corpus.resolve("noid.chancery"), "letter {\n  title \"No id\"\n}\n");
		assertEquals(new Run(1, List.of(), List.of("chancery: export failed, nothing was written: the letter at noid.chancery:1 has"
				+ " no id; give it one (its file is named by it)")),
				run("export", "--force", "--format", "tei", corpus.toString(), "-o", folder.toString()));
	}

}

package org.chancery.lang.cli;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.export.ExportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line's grammar for picocli: commands, options, parameters and their help. picocli
 * only parses; {@link CliArguments} turns the result into a {@link CliCommand} with the checks and
 * messages of its own.
 */
final class CliSpec {

	private CliSpec() {
	}

	@Command(name = "chancery", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
			description = "Checks and exports a corpus of Chancery transcriptions (*.chancery files).",
			subcommands = { Validate.class, Export.class, Diff.class, Bench.class, Completion.class },
			footer = { "", "PATH is a .chancery file or a folder searched for them; all PATHs form one corpus.",
					"Run 'chancery COMMAND --help' for a command's options; '--' ends the options." },
			commandListHeading = "%nCommands:%n", synopsisSubcommandLabel = "COMMAND")
	static final class Tool {
	}

	@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
			description = { "Checks the corpus formed by the PATHs (files, or folders searched for *.chancery files)",
					"and prints each issue as 'file:line:column: severity: message [code]', then a summary.",
					"Exits with 1 when there are errors, else 0." })
	static final class Validate {
		@Parameters(paramLabel = "PATH", arity = "0..*", description = "a .chancery file or a folder")
		List<String> paths = new ArrayList<>();
	}

	@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
			description = { "Exports the corpus formed by the PATHs into the folder DIR (created if missing).",
					"One transaction: after a failure or an interruption the folder holds the whole old or",
					"(once the next export has run) the whole new export. Files that earlier exports wrote",
					"for documents no longer in the corpus are removed; DIR/.chancery/ keeps the record." })
	static final class Export {
		@Option(names = { "-f", "--format" }, paramLabel = "FORMAT", description = { "tei:  one TEI P5 file per document (<id>.xml) and registers.xml",
				"cmif: one CMIF file (cmif.xml) of the correspondence metadata", "xmi:  the EMF model of the corpus (corpus.xmi)" })
		String format;

		@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "the output folder")
		String output;

		@Option(names = "--force", description = "export even when the corpus has errors")
		boolean force;

		@Parameters(paramLabel = "PATH", arity = "0..*", description = "a .chancery file or a folder")
		List<String> paths = new ArrayList<>();
	}

	@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
			description = { "Compares two versions of a corpus (two .chancery files, or two folders of them) by",
					"document and register entry, matched by id wherever they stand, and prints one line per",
					"added (+), removed (-) or changed (~) element, and below a changed one its fields:",
					"'date: 1949-10-14 → 1949-10-15', '+ sent 1949-10-13', '- number 4159', '~ text (changed)'.",
					"Exits with 0 when there are no differences, 1 when there are." })
	static final class Diff {
		@Parameters(paramLabel = "OLD NEW", arity = "0..*", description = "the older and the newer version")
		List<String> paths = new ArrayList<>();
	}

	@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
			description = { "Generates corpora of N documents (seeded, the same every run) with registers of N/5",
					"persons, N/10 places and N/20 organisations, and prints for each: its size; the full build",
					"(parse, link, validate) and the peak heap; re-validating one document after an edit (median",
					"and 95th percentile of 100 edits); the TEI export; and Jing validating that export." })
	static final class Bench {
		@Option(names = { "-n", "--documents" }, paramLabel = "N,N...", description = "corpus sizes (default 1000,10000)")
		String documents = "1000,10000";

		@Option(names = "--schema", paramLabel = "RNG", description = "the TEI schema (default " + CliUsage.DEFAULT_TEI_SCHEMA + ")")
		String schema = CliUsage.DEFAULT_TEI_SCHEMA;
	}

	@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
			description = { "Prints a completion script for bash and zsh: commands, options, formats.",
					"Use it with: source <(chancery completion)" })
	static final class Completion {
	}

	/** The formats, for the help and the completion script. */
	static List<String> formats() {
		return List.of(ExportFormat.labels().split(", "));
	}
}

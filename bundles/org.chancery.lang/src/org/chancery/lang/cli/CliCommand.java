package org.chancery.lang.cli;

import java.util.List;

import org.chancery.lang.export.ExportFormat;

/** What the command line asked for, parsed. */
public sealed interface CliCommand {

	/** {@code chancery validate PATH…} */
	record Validate(List<String> paths) implements CliCommand {
	}

	/** {@code chancery export --format F PATH… -o DIR [--force]} */
	record Export(ExportFormat format, List<String> paths, String output, boolean force) implements CliCommand {
	}

	/** {@code chancery bench [--documents N,N…] [--schema RNG]} */
	record Bench(List<Integer> sizes, String schema) implements CliCommand {
	}

	/** Text to print and succeed: {@code --help} of a command or the tool, {@code --version}, the completion script. */
	/** {@code chancery diff OLD NEW} (the command's own class holds its arguments). */
	record Diff(DiffCommand.Arguments arguments) implements CliCommand {
	}

	record Help(String text) implements CliCommand {
	}
}

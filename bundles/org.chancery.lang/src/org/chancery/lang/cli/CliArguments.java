package org.chancery.lang.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chancery.lang.export.ExportFormat;
import org.chancery.lang.naming.CloseIds;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses the arguments of the command line into a {@link CliCommand}: picocli reads them
 * ({@link CliSpec}), this class checks what picocli cannot (a format, a number of documents) and
 * words every mistake as one line, with a suggestion for a misspelt command or option.
 */
public final class CliArguments {

	private CliArguments() {
	}

	public static CliCommand parse(String[] args) throws UsageException {
		if (args.length == 0) {
			throw new UsageException("no command given (try 'chancery --help')");
		}
		if (args[0].equals("help")) {
			return help(args);
		}
		CommandLine tool = commandLine();
		ParseResult result;
		try {
			result = tool.parseArgs(args);
		} catch (ParameterException e) {
			throw new UsageException(describe(e));
		}
		if (result.isUsageHelpRequested()) {
			return new CliCommand.Help(tool.getUsageMessage());
		}
		if (result.isVersionHelpRequested()) {
			return new CliCommand.Help(version(tool));
		}
		ParseResult sub = result.subcommand();
		if (sub == null) {
			throw new UsageException("no command given (try 'chancery --help')");
		}
		CommandLine command = sub.commandSpec().commandLine();
		if (sub.isUsageHelpRequested()) {
			return new CliCommand.Help(command.getUsageMessage());
		}
		if (sub.isVersionHelpRequested()) {
			return new CliCommand.Help(version(command));
		}
		return switch (command.<Object>getCommand()) {
			case CliSpec.Validate validate -> validate(validate);
			case CliSpec.Export export -> export(export);
			case CliSpec.Diff diff -> diff(diff);
			case CliSpec.Bench bench -> bench(bench);
			case CliSpec.Completion completion -> new CliCommand.Help(AutoComplete.bash("chancery", commandLine()));
			default -> throw new IllegalStateException("a command without its case: " + command.getCommandName());
		};
	}

	/** The tool's picocli model, fresh (picocli keeps the values of the last parse in it). */
	static CommandLine commandLine() {
		return new CommandLine(new CliSpec.Tool()).setUsageHelpWidth(100).setAbbreviatedOptionsAllowed(false)
				.setAbbreviatedSubcommandsAllowed(false);
	}

	/** {@code chancery help [COMMAND]}, as {@code chancery [COMMAND] --help}. */
	private static CliCommand help(String[] args) throws UsageException {
		CommandLine tool = commandLine();
		if (args.length == 1) {
			return new CliCommand.Help(tool.getUsageMessage());
		}
		CommandLine command = tool.getSubcommands().get(args[1]);
		if (command == null) {
			throw new UsageException(unknownCommand(args[1], close(args[1], tool.getSubcommands().keySet())));
		}
		return new CliCommand.Help(command.getUsageMessage());
	}

	private static String version(CommandLine command) {
		return String.join("\n", command.getCommandSpec().version()) + "\n";
	}

	private static CliCommand validate(CliSpec.Validate validate) throws UsageException {
		if (validate.paths.isEmpty()) {
			throw new UsageException("validate: no PATH given");
		}
		return new CliCommand.Validate(List.copyOf(validate.paths));
	}

	private static CliCommand export(CliSpec.Export export) throws UsageException {
		if (export.format == null) {
			throw new UsageException("export: no --format given (" + ExportFormat.labels() + ")");
		}
		ExportFormat format = ExportFormat.named(export.format).orElseThrow(
				() -> new UsageException("export: unknown format '" + export.format + "' (known: " + ExportFormat.labels() + ")"));
		if (export.paths.isEmpty()) {
			throw new UsageException("export: no PATH given");
		}
		if (export.output == null) {
			throw new UsageException("export: no output folder given (-o DIR)");
		}
		return new CliCommand.Export(format, List.copyOf(export.paths), export.output, export.force);
	}

	private static CliCommand diff(CliSpec.Diff diff) throws UsageException {
		if (diff.paths.size() != 2) {
			throw new UsageException("diff: needs two PATHs, OLD and NEW (" + diff.paths.size() + " given)");
		}
		return new CliCommand.Diff(new DiffCommand.Arguments(diff.paths.get(0), diff.paths.get(1)));
	}

	private static CliCommand bench(CliSpec.Bench bench) throws UsageException {
		List<Integer> sizes = new ArrayList<>();
		for (String size : bench.documents.split(",")) {
			try {
				int n = Integer.parseInt(size.strip().replace("_", ""));
				if (n < 1) {
					throw new NumberFormatException();
				}
				sizes.add(n);
			} catch (NumberFormatException e) {
				throw new UsageException("bench: '" + size + "' is not a number of documents");
			}
		}
		return new CliCommand.Bench(sizes, bench.schema);
	}

	/** One line for what picocli could not parse, naming the command it was given to. */
	private static String describe(ParameterException e) {
		CommandLine command = e.getCommandLine();
		boolean tool = command.getParent() == null;
		String prefix = tool ? "" : command.getCommandName() + ": ";
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String argument = unmatched.getUnmatched().get(0);
			if (tool && !argument.startsWith("-")) {
				return unknownCommand(argument, close(argument, command.getSubcommands().keySet()));
			}
			String kind = argument.startsWith("-") ? "unknown option" : "unexpected argument";
			List<String> options = command.getCommandSpec().options().stream().flatMap(o -> List.of(o.names()).stream()).toList();
			String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
			return prefix + kind + " '" + argument + "'" + suggestion(argument.startsWith("-") ? close(name, options) : List.of());
		}
		if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
				&& missing.getMissing().get(0).isOption()) {
			return prefix + ((picocli.CommandLine.Model.OptionSpec) missing.getMissing().get(0)).longestName() + " needs a value";
		}
		String message = e.getMessage();
		return prefix + (message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1));
	}

	private static String unknownCommand(String name, List<String> suggestions) {
		String commands = String.join(", ", commandLine().getSubcommands().keySet());
		return "unknown command '" + name + "'" + suggestion(suggestions) + " (commands: " + commands + ")";
	}

	/** The candidates at most two edits from the word (a typo), closest first. */
	static List<String> close(String word, java.util.Collection<String> candidates) {
		return candidates.stream().filter(c -> c.length() > 2).map(c -> java.util.Map.entry(c, CloseIds.distance(word, c)))
				.filter(e -> e.getValue() <= 2).sorted(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
				.distinct().toList();
	}

	private static String suggestion(List<String> suggestions) {
		if (suggestions.isEmpty()) {
			return "";
		}
		return "; did you mean " + suggestions.stream().limit(3).map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?";
	}
}

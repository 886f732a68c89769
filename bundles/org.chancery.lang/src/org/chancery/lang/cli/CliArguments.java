package org.chancery.lang.cli;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.export.ExportFormat;

/** Parses the arguments of the command line into a {@link CliCommand}. */
public final class CliArguments {

	private CliArguments() {
	}

	public static CliCommand parse(String[] args) throws UsageException {
		if (args.length == 0) {
			throw new UsageException("no command given (try 'chancery --help')");
		}
		List<String> rest = List.of(args).subList(1, args.length);
		return switch (args[0]) {
			case "--help", "-h", "help" -> new CliCommand.Help(CliUsage.TOOL);
			case "validate" -> validate(rest);
			case "export" -> export(rest);
			case "bench" -> bench(rest);
			case "diff" -> diff(rest);
			default -> throw new UsageException("unknown command '" + args[0] + "' (commands: validate, export, diff, bench)");
		};
	}

	private static CliCommand validate(List<String> args) throws UsageException {
		List<String> paths = new ArrayList<>();
		for (String arg : args) {
			if (isHelp(arg)) {
				return new CliCommand.Help(CliUsage.VALIDATE);
			}
			if (arg.startsWith("-")) {
				throw new UsageException("validate: unknown option '" + arg + "'");
			}
			paths.add(arg);
		}
		if (paths.isEmpty()) {
			throw new UsageException("validate: no PATH given");
		}
		return new CliCommand.Validate(paths);
	}

	private static CliCommand export(List<String> args) throws UsageException {
		List<String> paths = new ArrayList<>();
		String format = null;
		String output = null;
		boolean force = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--help", "-h" -> {
					return new CliCommand.Help(CliUsage.EXPORT);
				}
				case "--format", "-f" -> format = value(args, ++i, arg);
				case "-o", "--output" -> output = value(args, ++i, arg);
				case "--force" -> force = true;
				default -> {
					if (arg.startsWith("--format=")) {
						format = arg.substring("--format=".length());
					} else if (arg.startsWith("-")) {
						throw new UsageException("export: unknown option '" + arg + "'");
					} else {
						paths.add(arg);
					}
				}
			}
		}
		if (format == null) {
			throw new UsageException("export: no --format given (" + ExportFormat.labels() + ")");
		}
		String label = format;
		ExportFormat exportFormat = ExportFormat.named(label).orElseThrow(
				() -> new UsageException("export: unknown format '" + label + "' (known: " + ExportFormat.labels() + ")"));
		if (paths.isEmpty()) {
			throw new UsageException("export: no PATH given");
		}
		if (output == null) {
			throw new UsageException("export: no output folder given (-o DIR)");
		}
		return new CliCommand.Export(exportFormat, paths, output, force);
	}

	private static CliCommand bench(List<String> args) throws UsageException {
		List<Integer> sizes = List.of(1_000, 10_000);
		String schema = CliUsage.DEFAULT_TEI_SCHEMA;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--help", "-h" -> {
					return new CliCommand.Help(CliUsage.BENCH);
				}
				case "--documents", "-n" -> sizes = sizes(value(args, ++i, arg, "bench"));
				case "--schema" -> schema = value(args, ++i, arg, "bench");
				default -> throw new UsageException("bench: unknown argument '" + arg + "'");
			}
		}
		return new CliCommand.Bench(sizes, schema);
	}

	private static CliCommand diff(List<String> args) throws UsageException {
		if (args.stream().anyMatch(CliArguments::isHelp)) {
			return new CliCommand.Help(DiffCommand.USAGE);
		}
		for (String arg : args) {
			if (arg.startsWith("-")) {
				throw new UsageException("diff: unknown option '" + arg + "'");
			}
		}
		if (args.size() != 2) {
			throw new UsageException("diff: needs two PATHs, OLD and NEW (" + args.size() + " given)");
		}
		return new CliCommand.Diff(new DiffCommand.Arguments(args.get(0), args.get(1)));
	}

	private static List<Integer> sizes(String list) throws UsageException {
		List<Integer> sizes = new ArrayList<>();
		for (String size : list.split(",")) {
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
		return sizes;
	}

	private static String value(List<String> args, int index, String option) throws UsageException {
		return value(args, index, option, "export");
	}

	private static String value(List<String> args, int index, String option, String command) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException(command + ": " + option + " needs a value");
		}
		return args.get(index);
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}
}

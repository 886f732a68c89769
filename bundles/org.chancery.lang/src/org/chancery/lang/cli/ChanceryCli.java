package org.chancery.lang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.chancery.lang.ChanceryStandaloneSetup;

import com.google.inject.Injector;

/**
 * The {@code chancery} command line: {@code validate}, {@code export}, {@code diff} and {@code bench}. This class only wires
 * arguments to commands and turns every failure into one line on standard error, never a stack
 * trace. Exit codes: 0 success, 1 errors in the corpus or a failed export, 2 a wrong command line.
 */
public final class ChanceryCli {

	public static final int EXIT_OK = 0;
	public static final int EXIT_FAILURE = 1;
	public static final int EXIT_USAGE = 2;

	private final Path workingDirectory;
	private Injector injector;
	private ExportCommand exportCommand;

	public ChanceryCli(Path workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	public static void main(String[] args) {
		quietJvm();
		System.exit(new ChanceryCli(Path.of("")).run(args, System.out, System.err));
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		try {
			CliCommand command = CliArguments.parse(args);
			return switch (command) {
				case CliCommand.Help help -> {
					out.print(help.text());
					yield EXIT_OK;
				}
				case CliCommand.Validate validate -> injector().getInstance(ValidateCommand.class).run(validate,
						workingDirectory.toAbsolutePath(), out);
				case CliCommand.Export export -> exportCommand().run(export, workingDirectory.toAbsolutePath(), out, err);
				case CliCommand.Diff diff -> injector().getInstance(DiffCommand.class).run(diff.arguments(),
						workingDirectory.toAbsolutePath(), out);
				case CliCommand.Bench bench -> injector().getInstance(BenchCommand.class).run(bench,
						workingDirectory.toAbsolutePath(), out, err);
			};
		} catch (UsageException e) {
			err.println("chancery: " + e.getMessage());
			return EXIT_USAGE;
		} catch (IOException e) {
			err.println("chancery: cannot read the corpus: " + e.getMessage());
			return EXIT_FAILURE;
		} catch (UncheckedIOException e) {
			err.println("chancery: cannot read the corpus: " + e.getCause().getMessage());
			return EXIT_FAILURE;
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			// one line, never a stack trace: what broke, for a bug report
			err.println("chancery: internal error: " + e + " (please report it)");
			return EXIT_FAILURE;
		}
	}

	/**
	 * Guice generates classes through sun.misc.Unsafe, and Java 24+ warns about that on the
	 * terminal; Xtext needs none of Guice's generated classes (no method interception), so Guice
	 * is told not to generate them, before it first loads. Also for the language server.
	 */
	public static void quietJvm() {
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		// Xtext logs through log4j, which without a configuration warns about that on the
		// terminal; the command line reports what matters itself
		org.apache.log4j.LogManager.getRootLogger().setLevel(org.apache.log4j.Level.OFF);
	}

	/** The export command; tests reach it to fix the clock. */
	public ExportCommand exportCommand() {
		if (exportCommand == null) {
			exportCommand = injector().getInstance(ExportCommand.class);
		}
		return exportCommand;
	}

	private Injector injector() {
		if (injector == null) {
			injector = new ChanceryStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}

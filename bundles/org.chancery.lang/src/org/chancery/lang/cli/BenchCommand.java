package org.chancery.lang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.chancery.lang.bench.BenchmarkFigures;
import org.chancery.lang.bench.ChanceryBenchmark;
import org.chancery.lang.bench.TeiExportSteps;
import org.xml.sax.SAXException;

import com.google.inject.Inject;

/**
 * {@code chancery bench}: runs the benchmark for each size and prints the figures on standard
 * output, the steps on standard error. The generated corpora go to a temporary folder, deleted
 * afterwards.
 */
public class BenchCommand {

	@Inject
	private ChanceryBenchmark benchmark;

	@Inject
	private TeiExportSteps steps;

	public int run(CliCommand.Bench command, Path workingDirectory, PrintStream out, PrintStream err)
			throws UsageException, IOException {
		Path schema = workingDirectory.resolve(command.schema()).normalize();
		if (!Files.isRegularFile(schema)) {
			throw new UsageException("bench: no TEI schema at " + schema + " (give one with --schema)");
		}
		out.printf("Chancery benchmark: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"));
		for (int documents : command.sizes()) {
			Path work = Files.createTempDirectory("chancery-bench-");
			try {
				BenchmarkFigures figures = benchmark.run(documents, work, steps.export(Clock.systemUTC()),
						steps.validation(schema), err);
				figures.print(out);
			} catch (SAXException e) {
				err.println("chancery: the TEI schema did not load: " + e.getMessage());
				return ChanceryCli.EXIT_FAILURE;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return ChanceryCli.EXIT_FAILURE;
			} finally {
				TeiExportSteps.delete(work);
			}
		}
		return ChanceryCli.EXIT_OK;
	}
}

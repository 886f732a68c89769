package org.chancery.lang.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chancery.lang.ChanceryStandaloneSetup;

/** Runs the benchmark for the sizes given (default 1,000 and 10,000 documents) and prints the figures. */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		String[] sizes = args.length == 0 ? new String[] { "1000", "10000" } : args[0].split(",");
		ChanceryBenchmark benchmark = new ChanceryStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ChanceryBenchmark.class);
		for (String size : sizes) {
			Path work = Files.createTempDirectory("chancery-bench-");
			BenchmarkFigures figures = benchmark.run(Integer.parseInt(size.strip()), work, null, null, System.err);
			figures.print(System.out);
		}
	}
}

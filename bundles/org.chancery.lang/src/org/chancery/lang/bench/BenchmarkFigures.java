package org.chancery.lang.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The figures of one benchmark run, printed one per line so that they can be compared and grepped. */
public record BenchmarkFigures(int documents, int files, long bytes, double buildSeconds, long peakHeapBytes,
		int errors, double revalidationMedianMillis, double revalidationP95Millis, double exportSeconds,
		double jingSeconds) {

	public void print(PrintStream out) {
		String n = String.format(Locale.ROOT, "%,d documents", documents);
		out.printf(Locale.ROOT, "%s: generated        %,d files, %.1f MB%n", n, files, bytes / 1e6);
		out.printf(Locale.ROOT, "%s: full build       %.2f s (parse, link, validate; %d errors)%n", n, buildSeconds, errors);
		out.printf(Locale.ROOT, "%s: peak heap        %.0f MB%n", n, peakHeapBytes / 1e6);
		out.printf(Locale.ROOT, "%s: re-validation    median %.1f ms, p95 %.1f ms (one document after an edit)%n", n,
				revalidationMedianMillis, revalidationP95Millis);
		if (exportSeconds >= 0) {
			out.printf(Locale.ROOT, "%s: TEI export       %.2f s%n", n, exportSeconds);
		}
		if (jingSeconds >= 0) {
			out.printf(Locale.ROOT, "%s: Jing on the TEI  %.2f s (%.1f× the TEI export, %.1f× the full build)%n", n,
					jingSeconds, jingSeconds / exportSeconds, jingSeconds / buildSeconds);
		}
	}
}

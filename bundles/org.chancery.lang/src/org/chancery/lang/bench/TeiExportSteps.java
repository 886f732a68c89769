package org.chancery.lang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

import org.chancery.lang.export.CorpusExporter;
import org.chancery.lang.export.ExportFormat;
import org.chancery.lang.export.ExportProgress;
import org.chancery.lang.export.ExportRefusedException;
import org.chancery.lang.export.RelaxNgValidation;
import org.xml.sax.SAXException;

import com.google.inject.Inject;

/** The benchmark's export step (the real TEI exporter) and its Jing step. */
public class TeiExportSteps {

	@Inject
	private CorpusExporter exporter;

	/** Exports without validating again: the benchmark has just validated the corpus. */
	public ChanceryBenchmark.Export export(Clock clock) {
		return (corpus, folder) -> {
			try {
				exporter.export(corpus, ExportFormat.TEI.create(clock), folder, true, ExportProgress.NONE);
			} catch (ExportRefusedException e) {
				throw new IOException(e.getMessage(), e);
			}
			return folder;
		};
	}

	/** Jing on every exported file; returns how many are invalid. */
	public ChanceryBenchmark.TeiValidation validation(Path schema) throws IOException, SAXException {
		RelaxNgValidation jing = new RelaxNgValidation(schema);
		return folder -> {
			int invalid = 0;
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
					if (!jing.errors(file).isEmpty()) {
						invalid++;
					}
				}
			} catch (SAXException e) {
				throw new IOException(e.getMessage(), e);
			}
			return invalid;
		};
	}

	/** Removes a benchmark's temporary folder. */
	public static void delete(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

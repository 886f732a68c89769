package org.chancery.lang.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.ChanceryStandaloneSetup;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;
import org.chancery.lang.export.CorpusValidation;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Injector;

/**
 * The costs that once grew wrongly (issue 19, item 12), measured: a document with N footnotes
 * (load, link and validate), and a generated corpus validated with and without 1,000 references
 * to ids that do not exist but are one letter off ("did you mean"). Run it with
 * {@code java -cp chancery.jar org.chancery.lang.bench.CostBenchmark [NOTES,NOTES…] [DOCUMENTS]};
 * figures in docs/performance.md. Not a test: timings vary with the machine.
 */
public final class CostBenchmark {

	private final Injector injector = new ChanceryStandaloneSetup().createInjectorAndDoEMFRegistration();

	public static void main(String[] args) throws IOException {
		List<Integer> notes = args.length > 0 ? List.of(args[0].split(",")).stream().map(Integer::valueOf).toList()
				: List.of(1_000, 3_000, 10_000);
		int documents = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		new CostBenchmark().run(notes, documents, System.out);
	}

	void run(List<Integer> notes, int documents, PrintStream out) throws IOException {
		Path work = Files.createTempDirectory("chancery-cost-");
		try {
			for (int n : notes) {
				Path file = work.resolve("notes-" + n + ".chancery");
				Files.writeString(file, footnotes(n));
				measure(out, n + " footnotes in one document", List.of(file));
			}
			Path corpus = work.resolve("corpus");
			new CorpusGenerator(1917, documents).write(corpus, documents);
			List<Path> files = injector.getInstance(CorpusLoader.class).findFiles(List.of(corpus));
			measure(out, documents + " documents", files);
			Path misses = corpus.resolve("near-misses.chancery");
			Files.writeString(misses, nearMisses(1_000));
			measure(out, documents + " documents and 1,000 near-miss ids", injector.getInstance(CorpusLoader.class).findFiles(List.of(corpus)));
		} finally {
			TeiExportSteps.delete(work);
		}
	}

	private void measure(PrintStream out, String what, List<Path> files) throws IOException {
		System.gc();
		long start = System.nanoTime();
		Corpus corpus = injector.getInstance(CorpusLoader.class).load(files);
		List<CorpusValidation.FileIssues> issues = injector.getInstance(CorpusValidation.class).validate(corpus);
		long millis = (System.nanoTime() - start) / 1_000_000;
		out.printf("%-45s %8d ms  (%d errors)%n", what, millis, CorpusValidation.count(issues, Severity.ERROR));
	}

	/** One report with N markers in its text and N notes. */
	static String footnotes(int n) {
		StringBuilder text = new StringBuilder("report notes {\n  title \"Notes\"\n  undated\n  text {\n");
		for (int i = 1; i <= n; i++) {
			text.append("    Sentence ").append(i).append(".[^").append(i).append("]\n");
		}
		text.append("  }\n");
		for (int i = 1; i <= n; i++) {
			text.append("  note ").append(i).append(" { Note ").append(i).append(". }\n");
		}
		return text.append("}\n").toString();
	}

	/** Documents whose senders are persons of the generated register with one letter changed. */
	static String nearMisses(int n) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < n; i++) {
			text.append("telegram near-miss-").append(i).append(" {\n  title \"Near miss\"\n  from persom-").append(i % 200)
					.append("\n  to person-1\n  date 1917-06-01\n}\n");
		}
		return text.toString();
	}
}

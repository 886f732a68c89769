package org.chancery.lang.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Inject;

/**
 * Measures what a large transcription project feels: a full build of a generated corpus (parse,
 * link, validate), the heap it takes, re-validating one document after an edit, and the export.
 * Prints figures; asserts nothing about them (targets are in docs/performance.md).
 */
public class ChanceryBenchmark {

	private static final long SEED = 1917;
	private static final int EDITS = 100;

	@Inject
	private CorpusLoader loader;

	@Inject
	private IResourceValidator validator;

	/** The export step, if the caller has one: returns the folder the TEI files were written to. */
	public interface Export {
		Path toTei(Corpus corpus, Path folder) throws IOException;
	}

	/** Validates a folder of TEI files, returning the number of invalid files. */
	public interface TeiValidation {
		int validate(Path folder) throws IOException;
	}

	public BenchmarkFigures run(int documents, Path work, Export export, TeiValidation teiValidation, PrintStream progress)
			throws IOException, InterruptedException {
		progress.printf("generating %,d documents…%n", documents);
		CorpusGenerator.Summary generated = new CorpusGenerator(SEED, documents).write(work.resolve("corpus"), documents);

		System.gc();
		progress.println("full build…");
		long start = System.nanoTime();
		Corpus corpus;
		int errors;
		long peak;
		try (HeapSampler heap = new HeapSampler()) {
			corpus = loader.load(loader.findFiles(List.of(work.resolve("corpus"))));
			errors = validateAll(corpus);
			peak = heap.peakBytes();
		}
		double buildSeconds = (System.nanoTime() - start) / 1e9;

		progress.printf("%d edits, each followed by re-validation…%n", EDITS);
		double[] edits = revalidateAfterEdits(corpus);

		double exportSeconds = -1;
		double jingSeconds = -1;
		if (export != null) {
			progress.println("TEI export…");
			start = System.nanoTime();
			Path tei = export.toTei(corpus, work.resolve("tei"));
			exportSeconds = (System.nanoTime() - start) / 1e9;
			if (teiValidation != null) {
				progress.println("Jing on the TEI export…");
				start = System.nanoTime();
				int invalid = teiValidation.validate(tei);
				jingSeconds = (System.nanoTime() - start) / 1e9;
				if (invalid > 0) {
					progress.printf("%d exported files are not valid TEI%n", invalid);
				}
			}
		}
		return new BenchmarkFigures(documents, generated.files(), generated.bytes(), buildSeconds, peak, errors,
				percentile(edits, 50), percentile(edits, 95), exportSeconds, jingSeconds);
	}

	private int validateAll(Corpus corpus) {
		int errors = 0;
		for (Resource resource : corpus.resources()) {
			errors += (int) validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR).count();
		}
		return errors;
	}

	/** Types one character into the text of random documents and re-validates each, in milliseconds. */
	private double[] revalidateAfterEdits(Corpus corpus) {
		List<XtextResource> documents = new ArrayList<>();
		for (Resource resource : corpus.resources()) {
			if (resource instanceof XtextResource xtext && !xtext.getContents().isEmpty()
					&& xtext.getContents().get(0).eContents().stream().anyMatch(Document.class::isInstance)) {
				documents.add(xtext);
			}
		}
		Random random = new Random(SEED);
		double[] millis = new double[EDITS];
		for (int i = 0; i < EDITS; i++) {
			XtextResource resource = documents.get(random.nextInt(documents.size()));
			int offset = editOffset(resource);
			long start = System.nanoTime();
			resource.update(offset, 0, "e");
			corpus.index().refresh(resource);
			validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		return millis;
	}

	/** At the start of the document's first paragraph (of its text, a speaker turn or a note). */
	private static int editOffset(XtextResource resource) {
		for (var iterator = resource.getAllContents(); iterator.hasNext();) {
			if (iterator.next() instanceof Paragraph paragraph) {
				ICompositeNode node = NodeModelUtils.getNode(paragraph);
				return node.getOffset();
			}
		}
		throw new IllegalStateException("no paragraph to edit in " + resource.getURI());
	}

	static double percentile(double[] values, int percent) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}
}

package org.chancery.lang.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.chancery.lang.corpus.Corpus;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Inject;

/**
 * Exports a corpus in one format into a folder, all or nothing. It refuses a corpus with errors
 * (as {@link CorpusValidation} finds them) unless forced, since an archive must not receive a
 * transcription its editor has not finished; and a failure half-way leaves the folder exactly as
 * it was ({@link StagedOutput}). A format may refuse a corpus it cannot describe
 * ({@link CorpusFormat#refusal(Corpus)}), forced or not.
 */
public class CorpusExporter {

	@Inject
	private CorpusValidation validation;

	/**
	 * @throws ExportRefusedException when the corpus has errors and the export is not forced, when
	 *         the folder cannot be written, or when a file could not be produced; nothing was
	 *         changed in the folder then
	 */
	public void export(Corpus corpus, CorpusFormat format, Path folder, boolean force, ExportProgress progress)
			throws ExportRefusedException {
		// even a forced export cannot invent what the format needs
		Optional<String> refusal = format.refusal(corpus);
		if (refusal.isPresent()) {
			throw new ExportRefusedException(refusal.get());
		}
		if (!force) {
			long errors = CorpusValidation.count(validation.validate(corpus), Severity.ERROR);
			if (errors > 0) {
				throw new ExportRefusedException("the corpus has " + errors + (errors == 1 ? " error" : " errors")
						+ "; export refused (an archive should not receive an unfinished transcription)");
			}
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new ExportRefusedException("cannot create the output folder " + folder, e);
		}
		if (!Files.isWritable(folder)) {
			throw new ExportRefusedException("cannot write to the output folder " + folder);
		}
		try (StagedOutput output = new StagedOutput(folder)) {
			format.write(corpus, output, progress);
			output.commit();
		} catch (IOException | RuntimeException e) {
			throw new ExportRefusedException("export failed, nothing was written: " + describe(e), e);
		}
	}

	private static String describe(Exception e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}

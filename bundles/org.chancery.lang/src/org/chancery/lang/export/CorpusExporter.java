package org.chancery.lang.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.chancery.lang.corpus.Corpus;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Inject;

/**
 * Exports a corpus in one format into a folder as one transaction ({@link ExportJournal}): it
 * refuses a corpus with errors (as {@link CorpusValidation} finds them) unless forced, since an
 * archive must not receive a transcription its editor has not finished; it refuses a second export
 * into a folder while one runs ({@link ExportLock}); and a failure or an interruption at any point
 * leaves the folder with the complete earlier export or, once the next export has recovered it,
 * the complete new one, never a mix. A format may refuse a corpus it cannot describe
 * ({@link CorpusFormat#refusal(Corpus)}), forced or not.
 */
public class CorpusExporter {

	@Inject
	private CorpusValidation validation;

	/** Exports without removing files of earlier exports (a selection of the corpus). */
	public ExportOutcome export(Corpus corpus, CorpusFormat format, Path folder, boolean force, ExportProgress progress)
			throws ExportRefusedException {
		return export(corpus, format, folder, force, false, progress);
	}

	/**
	 * @param removeStale remove the files that earlier exports in this format wrote and this one
	 *        does not (documents no longer in the corpus): right when the corpus is whole
	 * @throws ExportRefusedException when the corpus has errors and the export is not forced, when
	 *         another export into the folder runs, when the folder cannot be written, or when a
	 *         file could not be produced; nothing was changed in the folder then
	 */
	public ExportOutcome export(Corpus corpus, CorpusFormat format, Path folder, boolean force, boolean removeStale,
			ExportProgress progress) throws ExportRefusedException {
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
		ExportJournal journal = new ExportJournal(folder);
		try {
			Files.createDirectories(journal.home());
		} catch (IOException e) {
			throw new ExportRefusedException("cannot create the output folder " + folder, e);
		}
		if (!Files.isWritable(folder) || !Files.isWritable(journal.home())) {
			throw new ExportRefusedException("cannot write to the output folder " + folder);
		}
		try (ExportLock lock = ExportLock.acquire(journal.home(), folder)) {
			return exportLocked(corpus, format, journal, removeStale, progress);
		} catch (IOException e) {
			throw new ExportRefusedException("export failed, nothing was written: " + describe(e), e);
		}
	}

	/**
	 * Completes or rolls back what an interrupted export left in the folder, as every export does
	 * before it starts; nothing to do in a folder no export has written.
	 */
	public void recover(Path folder) throws ExportRefusedException {
		ExportJournal journal = new ExportJournal(folder);
		if (!Files.isDirectory(journal.home())) {
			return;
		}
		try (ExportLock lock = ExportLock.acquire(journal.home(), folder)) {
			journal.recover();
		} catch (IOException e) {
			throw new ExportRefusedException("cannot recover the interrupted export in " + folder + ": " + describe(e), e);
		}
	}

	private static ExportOutcome exportLocked(Corpus corpus, CorpusFormat format, ExportJournal journal, boolean removeStale,
			ExportProgress progress) throws IOException, ExportRefusedException {
		journal.recover();
		journal.prepare();
		StagedOutput output = new StagedOutput(journal.staging());
		try {
			format.write(corpus, output, progress);
		} catch (IOException | RuntimeException e) {
			journal.recover();
			throw new ExportRefusedException("export failed, nothing was written: " + describe(e), e);
		}
		String manifestName = "manifest-" + format.label();
		Set<String> earlier = journal.manifest(manifestName);
		List<String> written = output.written();
		Set<String> writtenNames = Set.copyOf(written);
		List<String> removed = new ArrayList<>();
		Set<String> manifest = new LinkedHashSet<>(written);
		for (String name : earlier) {
			if (removeStale && !writtenNames.contains(name)) {
				removed.add(name);
			} else {
				manifest.add(name);
			}
		}
		ExportJournal.Plan plan = new ExportJournal.Plan(manifestName, written, removed, manifest.stream().sorted().toList());
		journal.decide(plan);
		journal.carryOut(plan);
		return new ExportOutcome(written.size(), removed.size());
	}

	private static String describe(Exception e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}

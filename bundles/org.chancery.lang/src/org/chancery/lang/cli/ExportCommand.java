package org.chancery.lang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.export.CorpusExporter;
import org.chancery.lang.export.ExportOutcome;
import org.chancery.lang.export.CorpusFormat;
import org.chancery.lang.export.ExportProgress;
import org.chancery.lang.export.ExportRefusedException;

import com.google.inject.Inject;

/**
 * {@code chancery export}: loads the corpus and writes it in the chosen format; on a corpus of
 * many documents a progress line goes to standard error now and then.
 */
public class ExportCommand {

	/** Below this many files an export is quick enough to need no progress line. */
	static final int PROGRESS_THRESHOLD = 200;

	@Inject
	private CliCorpus corpusLoader;

	@Inject
	private CorpusExporter exporter;

	private Clock clock = Clock.systemDefaultZone();

	/** The clock that dates CMIF files (tests fix it). */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	public int run(CliCommand.Export command, Path workingDirectory, PrintStream out, PrintStream err)
			throws UsageException, IOException {
		Corpus corpus = corpusLoader.load(workingDirectory, command.paths());
		Path folder = workingDirectory.resolve(command.output());
		ExportProgress progress = (done, total) -> {
			if (total >= PROGRESS_THRESHOLD && (done % (total / 10) == 0 || done == total)) {
				err.println("export: " + done + " of " + total + " files");
			}
		};
		CorpusFormat format = command.format().create(clock);
		ExportOutcome outcome;
		try {
			// the command line exports whole corpora: files of documents gone from it go too
			outcome = exporter.export(corpus, format, folder, command.force(), true, progress);
		} catch (ExportRefusedException e) {
			err.println("chancery: " + e.getMessage() + (e.getMessage().startsWith("the corpus has")
					? "; run 'chancery validate' to see them, or export with --force" : ""));
			return ChanceryCli.EXIT_FAILURE;
		}
		out.println("exported " + Plural.of(outcome.written(), command.format().label().toUpperCase() + " file") + " to "
				+ command.output() + format.remark().map(remark -> " (" + remark + ")").orElse("")
				+ (outcome.removed() == 0 ? ""
						: "; removed " + Plural.of(outcome.removed(), "file") + " of documents no longer in the corpus"));
		return ChanceryCli.EXIT_OK;
	}
}

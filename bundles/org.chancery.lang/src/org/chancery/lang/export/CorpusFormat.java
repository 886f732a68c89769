package org.chancery.lang.export;

import java.io.IOException;
import java.util.Optional;

import org.chancery.lang.corpus.Corpus;

/** One export format: turns a loaded corpus into files. */
public interface CorpusFormat {

	/** Why the format cannot describe this corpus at all (CMIF without an edition), in words for the user. */
	default Optional<String> refusal(Corpus corpus) {
		return Optional.empty();
	}

	/** What the last {@link #write} left out, for the export's summary line ("3 documents … left out"). */
	default Optional<String> remark() {
		return Optional.empty();
	}

	/** Writes every file of the format to the sink; a failure may come after some were written. */
	void write(Corpus corpus, ExportSink sink, ExportProgress progress) throws IOException;

	/** The format's name ("tei"): it keys the record of the files its exports wrote. */
	String label();
}

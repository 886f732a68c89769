package org.chancery.lang.export;

import java.io.IOException;

import org.chancery.lang.corpus.Corpus;

/** One export format: turns a loaded corpus into files. */
public interface CorpusFormat {

	/** Writes every file of the format to the sink; a failure may come after some were written. */
	void write(Corpus corpus, ExportSink sink, ExportProgress progress) throws IOException;

	/** The format's name ("tei"): it keys the record of the files its exports wrote. */
	String label();
}

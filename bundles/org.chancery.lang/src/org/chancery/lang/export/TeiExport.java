package org.chancery.lang.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.edition.Editions;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * TEI P5: one file per document ({@code <id>.xml}), documents quoted in others included, and
 * {@code registers.xml} with every register entry of the corpus.
 */
public final class TeiExport implements CorpusFormat {

	@Override
	public String label() {
		return "tei";
	}

	@Override
	public void write(Corpus corpus, ExportSink sink, ExportProgress progress) throws IOException {
		TeiDocuments.requireIds(corpus.resources());
		TeiRegisterNames names = new TeiRegisterNames();
		TeiDocumentFile files = new TeiDocumentFile(names, Editions.in(corpus.resources()));
		List<AbstractDocument> documents = TeiDocuments.all(corpus.resources());
		int total = documents.size() + 1;
		int done = 0;
		for (AbstractDocument document : documents) {
			try {
				sink.write(TeiReferences.fileOf(document), files.document(document));
			} catch (RuntimeException e) {
				throw new IOException("document " + document.getName() + ": " + (e.getMessage() != null ? e.getMessage() : e), e);
			}
			progress.produced(++done, total);
		}
		sink.write(TeiReferences.REGISTERS_FILE, new TeiRegisters().registers(entries(corpus.resources())));
		progress.produced(++done, total);
	}

	private static List<Entry> entries(List<Resource> resources) {
		List<Entry> entries = new ArrayList<>();
		for (Resource resource : resources) {
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof Entry entry && entry.getName() != null) {
					entries.add(entry);
				}
			});
		}
		return entries;
	}
}

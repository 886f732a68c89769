package org.chancery.lang.export;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.ChanceryStandaloneSetup;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;

import com.google.inject.Injector;

/**
 * The process {@link ExportKillTest} kills: exports the corpus CORPUS as TEI into OUTPUT, as the
 * command line does (whole corpus, stale files removed), and says on standard output where it is:
 * {@code exporting}, {@code staged} once every file is produced, {@code done}. With {@code pause}
 * it waits for a line on standard input after its first file, so that the test can try a second
 * export while this one holds the folder.
 */
public final class ExportChild {

	private ExportChild() {
	}

	public static void main(String[] args) throws Exception {
		Path corpusFolder = Path.of(args[0]);
		Path output = Path.of(args[1]);
		boolean pause = args.length > 2 && args[2].equals("pause");
		Injector injector = new ChanceryStandaloneSetup().createInjectorAndDoEMFRegistration();
		CorpusLoader loader = injector.getInstance(CorpusLoader.class);
		Corpus corpus = loader.load(loader.findFiles(List.of(corpusFolder)));
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		System.out.println("exporting");
		System.out.flush();
		injector.getInstance(CorpusExporter.class).export(corpus, new TeiExport(), output, true, true, (done, total) -> {
			try {
				if (done == 1 && pause) {
					System.out.println("paused");
					System.out.flush();
					in.readLine();
				}
				if (done == total) {
					System.out.println("staged");
					System.out.flush();
				}
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		System.out.println("done");
		System.out.flush();
		System.exit(0);
	}
}

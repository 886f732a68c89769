package org.chancery.lang.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;

/** Loading fixture corpora and reading export folders, for the export tests. */
final class ExportAssertions {

	private ExportAssertions() {
	}

	static CorpusLoader loader() {
		return new ChanceryInjectorProvider().getInjector().getInstance(CorpusLoader.class);
	}

	static CorpusExporter exporter() {
		return new ChanceryInjectorProvider().getInjector().getInstance(CorpusExporter.class);
	}

	static Corpus load(Path... paths) throws IOException {
		CorpusLoader loader = loader();
		return loader.load(loader.findFiles(List.of(paths)));
	}

	/** A corpus of the given files (name → text), written to a new temporary folder. */
	static Corpus corpus(Map<String, String> files) throws IOException {
		Path folder = Files.createTempDirectory("chancery-corpus");
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		return load(folder);
	}

	/**
	 * Keeps what an export produced under target/golden-actual/ (never in the checkout), so that a
	 * golden file that no longer matches can be compared, and replaced deliberately.
	 */
	static void keepActual(String fixture, Map<String, String> files) throws IOException {
		Path folder = Checkout.root().resolve("tests/org.chancery.lang.tests/target/golden-actual").resolve(fixture);
		Files.createDirectories(folder);
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
	}

	/**
	 * Every file of the folder (also hidden ones) with its bytes as text, by name; not the folders,
	 * so not the export's own bookkeeping in {@code .chancery/}.
	 */
	static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return contents;
	}

	/** The files a format produces, by name, without writing to disk. */
	static Map<String, String> produce(CorpusFormat format, Corpus corpus) throws IOException {
		Map<String, String> files = new TreeMap<>();
		format.write(corpus, (name, content) -> files.put(name, new String(content, StandardCharsets.UTF_8)),
				ExportProgress.NONE);
		return files;
	}
}

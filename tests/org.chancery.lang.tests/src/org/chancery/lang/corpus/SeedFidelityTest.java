package org.chancery.lang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The transcription is faithful: the reading text of every paragraph of the seeds' part of the
 * example corpus (markup removed) stands character for character in one of the seed documents.
 * (The example letter, examples/letters, was written for the corpus; it has no seed.)
 */
class SeedFidelityTest {

	@TestFactory
	Stream<DynamicTest> everyParagraphStandsVerbatimInASeed() throws Exception {
		String seeds = seedText();
		CorpusLoader loader = new ChanceryInjectorProvider().getInjector().getInstance(CorpusLoader.class);
		Corpus corpus = loader.load(loader.findFiles(List.of(Checkout.examples().resolve("seeds"))));
		return corpus.resources().stream().flatMap(SeedFidelityTest::paragraphs).map(paragraph -> {
			String text = ReadingText.of(paragraph).strip();
			return DynamicTest.dynamicTest(abbreviate(text),
					() -> assertTrue(seeds.contains(text), () -> "not in the seeds: " + text));
		});
	}

	@Test
	void theWholeBlogPostIsTranscribed() throws Exception {
		CorpusLoader loader = new ChanceryInjectorProvider().getInjector().getInstance(CorpusLoader.class);
		Path blog = Checkout.examples().resolve("seeds/refugee-massacre-1917.chancery");
		Corpus corpus = loader.load(List.of(blog));
		long paragraphs = paragraphs(corpus.resources().get(0)).count();
		// 2 essay paragraphs before Yang's telegram, 3 in it, 1 after it, 3 speaker turns, 1 in
		// Liu's telegram, 3 closing paragraphs, 2 figure captions, 1 footnote
		assertEquals(16, paragraphs);
	}

	private static Stream<Paragraph> paragraphs(Resource resource) {
		return EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Paragraph.class).stream();
	}

	private static String seedText() throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(Checkout.seeds())) {
			for (Path file : files.sorted().toList()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
		}
		return text.toString();
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}
}

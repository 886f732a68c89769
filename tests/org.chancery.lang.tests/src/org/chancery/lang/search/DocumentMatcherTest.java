package org.chancery.lang.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.Document;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Chancery Search page's criteria on the example corpus: which documents each finds, exactly. */
class DocumentMatcherTest {

	private static final List<Document> documents = new ArrayList<>();

	@BeforeAll
	static void load() throws IOException {
		CorpusLoader loader = new ChanceryInjectorProvider().getInjector().getInstance(CorpusLoader.class);
		Corpus corpus = loader.load(loader.findFiles(List.of(Checkout.examples())));
		for (Resource resource : corpus.resources()) {
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof Document document) {
					documents.add(document);
				}
			});
		}
	}

	private static String found(DocumentCriteria criteria) {
		return String.join(" ", documents.stream().filter(d -> DocumentMatcher.matches(d, criteria)).map(Document::getName).sorted().toList());
	}

	@Test
	void senderAndDateRange() {
		assertEquals("1936-06-17-soviet-trade-with-xinjiang 1940-10-26-politburo-minutes-21", found(new DocumentCriteria(
				"vkpb-politburo", null, LocalDate.parse("1936-01-01"), LocalDate.parse("1945-12-31"), null, null, null, null)));
	}

	@Test
	void recipient() {
		assertEquals("stalin-molotov-voroshilov-to-apresov", found(new DocumentCriteria(null, "Apresov", null, null, null, null, null, null)));
	}

	@Test
	void aPlaceNamedWithAtOrMentioned() {
		assertEquals("1917-06-13-yang-telegram 1942-05-10-sheng-to-stalin-molotov-voroshilov 1949-10-14-filipov-to-kovalev"
				+ " apresov-earlier-telegram stalin-molotov-voroshilov-to-apresov",
				found(new DocumentCriteria(null, null, null, null, "urumchi", null, null, null)));
	}

	@Test
	void aPersonMentioned() {
		assertEquals("1942-05-10-sheng-to-stalin-molotov-voroshilov",
				found(new DocumentCriteria(null, null, null, null, null, "kruglov", null, null)));
	}

	@Test
	void kindAndWordsOfTheText() {
		assertEquals("1942-07-03-molotov-to-sheng", found(new DocumentCriteria(null, null, null, null, null, null, "letter", "Rejects ACCUSATIONS")));
		assertEquals("", found(new DocumentCriteria(null, null, null, null, null, null, "telegram", "rejects accusations")));
	}

	@Test
	void theSearchViewLabelSaysWhatWasAsked() {
		assertEquals("from vkpb-politburo, 1936-01-01 to …, mentioning kruglov, letter, “rejects”",
				new DocumentCriteria("vkpb-politburo", "", LocalDate.parse("1936-01-01"), null, null, "kruglov", "letter", " rejects ").describe());
	}
}

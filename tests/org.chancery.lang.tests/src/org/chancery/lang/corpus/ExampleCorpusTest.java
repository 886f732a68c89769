package org.chancery.lang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every file of the example corpus parses and links without a single error. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ChanceryInjectorProvider.class)
class ExampleCorpusTest {

	private static Corpus corpus;

	@Inject
	private CorpusLoader loader;

	@BeforeAll
	static void load() throws Exception {
		CorpusLoader loader = new ChanceryInjectorProvider().getInjector().getInstance(CorpusLoader.class);
		corpus = loader.load(loader.findFiles(List.of(Checkout.examples())));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleFileParsesAndLinks() {
		assertEquals(6, corpus.resources().size(), "the example corpus' files");
		return corpus.resources().stream().map(resource -> DynamicTest.dynamicTest(fileName(resource), () -> {
			assertEquals(List.of(), resource.getErrors().stream().map(Object::toString).toList());
			assertTrue(resource.getContents().size() == 1, "one root object");
		}));
	}

	private static String fileName(Resource resource) {
		return Checkout.examples().relativize(Path.of(resource.getURI().toFileString())).toString();
	}
}

package org.chancery.lang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;


/** Every file of the example corpus parses, links and validates without an error or a warning. */
class ExampleCorpusTest {

	private static Corpus corpus;

	@BeforeAll
	static void load() throws Exception {
		CorpusLoader loader = new ChanceryInjectorProvider().getInjector().getInstance(CorpusLoader.class);
		corpus = loader.load(loader.findFiles(List.of(Checkout.examples())));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleFileParsesAndLinks() {
		// the seeds (2 documents, 4 registers) and the example letter with its register
		assertEquals(10, corpus.resources().size(), "the example corpus' files");
		return corpus.resources().stream().map(resource -> DynamicTest.dynamicTest(fileName(resource), () -> {
			assertEquals(List.of(), resource.getErrors().stream().map(Object::toString).toList());
			assertTrue(resource.getContents().size() == 1, "one root object");
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleFileIsFreeOfErrorsAndWarnings() {
		IResourceValidator validator = new ChanceryInjectorProvider().getInjector().getInstance(IResourceValidator.class);
		return corpus.resources().stream().map(resource -> DynamicTest.dynamicTest(fileName(resource), () -> {
			List<String> problems = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(issue -> issue.getSeverity() != Severity.INFO)
					.map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " "
							+ issue.getMessage() + " [" + issue.getCode() + "]")
					.toList();
			assertEquals(List.of(), problems);
		}));
	}

	private static String fileName(Resource resource) {
		return Checkout.examples().relativize(Path.of(resource.getURI().toFileString())).toString();
	}
}

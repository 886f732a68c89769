package org.chancery.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

/**
 * Every example of docs/language.md's tables of manuscripts and of the shape of a letter (the
 * first column) is Chancery that parses: an inline example inside a text block, a block or a line
 * of metadata inside a letter.
 */
class LanguageDocumentationTest {

	private static final Set<String> SECTIONS = Set.of("## Manuscripts: what the writers did", "## The shape of a letter");

	/** The words a block or a line of metadata starts with. */
	private static final Set<String> ITEM_WORDS = Set.of("brackets", "figure", "annotation", "heading", "opener", "closer",
			"postscript", "session", "section", "list", "note", "title", "hand");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	@TestFactory
	Stream<DynamicTest> everyExampleParses() throws IOException {
		Injector injector = new ChanceryInjectorProvider().getInjector();
		ParseHelper<ChanceryFile> parser = injector.getInstance(Key.get(new TypeLiteral<ParseHelper<ChanceryFile>>() {
		}));
		List<String> examples = examples();
		assertEquals(32, examples.size(), "the examples of the two tables");
		return examples.stream().map(example -> DynamicTest.dynamicTest(example, () -> {
			ChanceryFile file = parser.parse(inALetter(example));
			assertEquals("[]", file.eResource().getErrors().toString());
		}));
	}

	private static String inALetter(String example) {
		String first = example.split("[ {]", 2)[0];
		String item = ITEM_WORDS.contains(first) ? example : "text { " + example + " }";
		return "letter l {\n  " + item + "\n  note 1 { N. }\n  note 2 { N. }\n}\n";
	}

	/** The code of the first column of each table row in the two sections. */
	private static List<String> examples() throws IOException {
		List<String> examples = new ArrayList<>();
		boolean inSection = false;
		for (String line : Files.readAllLines(Checkout.root().resolve("docs/language.md"))) {
			if (line.startsWith("## ")) {
				inSection = SECTIONS.contains(line);
			} else if (inSection && line.startsWith("| `")) {
				String firstCell = line.substring(1).split("(?<!\\\\)\\|", 2)[0];
				Matcher code = CODE.matcher(firstCell);
				while (code.find()) {
					examples.add(code.group(1).replace("\\|", "|"));
				}
			}
		}
		return examples;
	}
}

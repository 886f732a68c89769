package org.chancery.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Member;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Referable;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** One typo never hides the rest of the file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ChanceryInjectorProvider.class)
class ErrorRecoveryTest {

	@Inject
	private ParseHelper<ChanceryFile> parser;

	@Test
	void misspeltKeywordEarlyStillYieldsLaterDocuments() throws Exception {
		ChanceryFile file = parser.parse("""
				person yang { name "Yang" }
				telegram first {
				  titel "misspelt keyword"
				  from yang
				}
				letter second { from yang text { <yang|Yang> wrote. } }
				letter third { replies-to second }
				""");
		EcoreUtil.resolveAll(file);

		assertEquals(List.of("yang", "first", "second", "third"), names(file));
		assertEquals(List.of("3:3 ‘titel’ is not a word of the language here; did you mean ‘title’?"), syntaxErrors(file));
		Person yang = (Person) file.getMembers().get(0);
		Document second = (Document) file.getMembers().get(2);
		assertSame(yang, EcoreUtil2.getAllContentsOfType(second, Mention.class).get(0).getTargets().get(0));
	}

	@Test
	void unclosedTextBlockEndsAtTheNextDocument() throws Exception {
		ChanceryFile file = parser.parse("""
				letter first {
				  text { The closing braces are forgotten.
				letter second { text { <first|The first letter> is answered. } }
				""");
		EcoreUtil.resolveAll(file);

		// without the prose block's end, the second letter is read as nested in the first
		List<Document> documents = EcoreUtil2.getAllContentsOfType(file, Document.class);
		assertEquals(List.of("first", "second"), documents.stream().map(Document::getName).toList());
		Document second = documents.get(1);
		assertSame(file.getMembers().get(0), EcoreUtil2.getAllContentsOfType(second, Mention.class).get(0).getTargets().get(0));
		assertEquals("The closing braces are forgotten.\n",
				ReadingText.of(EcoreUtil2.getAllContentsOfType(file, Paragraph.class).get(0)).stripLeading());
	}

	@Test
	void unclosedTagDamagesOnlyItsParagraph() throws Exception {
		ChanceryFile file = parser.parse("""
				person yang { name "Yang" }
				letter l { text {
				  <yang|Yang wrote without closing the tag.

				  Then <yang|Yang> wrote again.
				} }
				""");
		EcoreUtil.resolveAll(file);

		List<Mention> mentions = EcoreUtil2.getAllContentsOfType(file, Mention.class);
		assertEquals(2, mentions.size());
		assertSame(file.getMembers().get(0), mentions.get(1).getTargets().get(0));
		assertEquals(List.of("3:3 This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."), syntaxErrors(file));
	}

	private static List<String> names(ChanceryFile file) {
		return file.getMembers().stream().map(Member.class::cast).map(m -> ((Referable) m).getName()).toList();
	}

	private static List<String> syntaxErrors(ChanceryFile file) {
		return file.eResource().getErrors().stream().filter(e -> e instanceof Diagnostic)
				.map(e -> ((Diagnostic) e).getLine() + ":" + ((Diagnostic) e).getColumn() + " " + e.getMessage()).toList();
	}
}

package org.chancery.lang.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.RepliesTo;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Ids are corpus-wide: a document resolves a register entry and a document of other files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ChanceryInjectorProvider.class)
class CrossFileReferenceTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void documentResolvesPersonAndDocumentOfOtherFiles() throws Exception {
		XtextResourceSet set = resourceSets.get();
		Resource persons = load(set, "registers/persons.chancery", """
				person yang-zengxin { name "Yang Zengxin" }
				""");
		Resource telegrams = load(set, "telegrams.chancery", """
				telegram 1917-06-14-ministry-telegram {
				  text { <quote telegram 1917-06-09-zhu-telegram|quoted> }
				}
				""");
		Resource replies = load(set, "replies.chancery", """
				telegram 1917-07-02-liu-telegram {
				  from yang-zengxin
				  replies-to 1917-06-14-ministry-telegram, 1917-06-09-zhu-telegram
				  text { <yang-zengxin|Yang> received it[^a]. }
				  note a { A note. }
				}
				""");
		EcoreUtil.resolveAll(set);

		Document reply = (Document) ((ChanceryFile) replies.getContents().get(0)).getMembers().get(0);
		Person yang = (Person) ((ChanceryFile) persons.getContents().get(0)).getMembers().get(0);
		Document ministry = (Document) ((ChanceryFile) telegrams.getContents().get(0)).getMembers().get(0);
		QuotedDocument zhu = EcoreUtil2.getAllContentsOfType(ministry, QuotedDocument.class).get(0);

		assertSame(yang, EcoreUtil2.getAllContentsOfType(reply, Senders.class).get(0).getParties().get(0).getAgent());
		assertSame(yang, EcoreUtil2.getAllContentsOfType(reply, Mention.class).get(0).getTargets().get(0));
		RepliesTo repliesTo = EcoreUtil2.getAllContentsOfType(reply, RepliesTo.class).get(0);
		assertSame(ministry, repliesTo.getDocuments().get(0));
		assertSame(zhu, repliesTo.getDocuments().get(1));
		assertEquals("a", EcoreUtil2.getAllContentsOfType(reply, NoteReference.class).get(0).getNote().getName());
		assertEquals("[]", replies.getErrors().toString());
	}

	@Test
	void idsMayEndInAKeyword() throws Exception {
		XtextResourceSet set = resourceSets.get();
		Resource letters = load(set, "letters.chancery", """
				letter 1944-03-23-letter { title "Letter No. 93" }
				letter 1944-04-01-reply { replies-to 1944-03-23-letter text { <1944-03-23-letter|Your letter> } }
				""");
		EcoreUtil.resolveAll(set);

		Document letter = (Document) ((ChanceryFile) letters.getContents().get(0)).getMembers().get(0);
		Document reply = (Document) ((ChanceryFile) letters.getContents().get(0)).getMembers().get(1);
		assertEquals("1944-03-23-letter", letter.getName());
		assertSame(letter, EcoreUtil2.getAllContentsOfType(reply, RepliesTo.class).get(0).getDocuments().get(0));
		assertSame(letter, EcoreUtil2.getAllContentsOfType(reply, Mention.class).get(0).getTargets().get(0));
		assertEquals("[]", letters.getErrors().toString());
	}

	@Test
	void footnotesAreLocalToTheirDocument() throws Exception {
		XtextResourceSet set = resourceSets.get();
		load(set, "a.chancery", "letter a { note 1 { In a. } }");
		Resource b = load(set, "b.chancery", "letter b { text { See[^1]. } }");
		EcoreUtil.resolveAll(set);

		NoteReference reference = EcoreUtil2.getAllContentsOfType(b.getContents().get(0), NoteReference.class).get(0);
		assertEquals(true, reference.getNote().eIsProxy());
		assertEquals("[XtextLinkingDiagnostic: null:1 This document has no note ‘1’: add `note 1 { … }` or correct the marker.]", b.getErrors().toString());
	}

	private static Resource load(XtextResourceSet set, String path, String text) throws Exception {
		Resource resource = set.createResource(URI.createURI("corpus/" + path));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}

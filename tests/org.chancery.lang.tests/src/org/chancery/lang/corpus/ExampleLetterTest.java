package org.chancery.lang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.chancery.lang.chancery.Addition;
import org.chancery.lang.chancery.BracketConvention;
import org.chancery.lang.chancery.Deletion;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Highlight;
import org.chancery.lang.chancery.LetterPart;
import org.chancery.lang.chancery.LineBreak;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.Supplied;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.model.Hands;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.chancery.lang.text.EditorialBrackets;
import org.chancery.lang.text.LineBreaks;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * The example letter (examples/letters) shows the whole documentary layer: every construct of
 * docs/language.md's "Manuscripts" and "The shape of a letter", each variant that exports
 * differently, in a manuscript letter with corrections, several hands, a postscript and pages.
 */
class ExampleLetterTest {

	@Test
	void theExampleLetterUsesEveryConstructOfTheDocumentaryLayer() throws Exception {
		CorpusLoader loader = new ChanceryInjectorProvider().getInjector().getInstance(CorpusLoader.class);
		Path letters = Checkout.examples().resolve("letters");
		Corpus corpus = loader.load(loader.findFiles(List.of(letters)));
		Set<String> used = new TreeSet<>();
		for (var resource : corpus.resources()) {
			resource.getAllContents().forEachRemaining(object -> used.addAll(features(object)));
		}
		assertEquals(new TreeSet<>(List.of("Abbreviation", "Addition above", "Addition inline", "Addition margin", "Annotation",
				"BracketConvention damage", "Closer", "Deletion", "Deletion erasure", "Deletion overwritten", "ForeignText",
				"Hand of a document", "Hand of the corpus", "HandShift", "Heading", "Highlight double-underline", "Highlight italic",
				"Highlight latintype", "Highlight spaced", "Highlight superscript", "Highlight underline", "InlineFigure", "ItemList",
				"LetterPart dateline", "LetterPart salute", "LetterPart signed", "LineBreak", "LineBreak in a word", "Mention",
				"Mention naming several", "Mention referring", "Mention uncertain", "Note authorial", "Note editorial", "Note source",
				"Opener", "PageBreak", "Postscript", "Quotation", "Division section", "Division session", "Substitution",
				"Supplied clarification", "Supplied uncertain", "Title with a note")), used);
	}

	/** What an object of the documentary layer is, by the variants that export differently. */
	private static Set<String> features(EObject object) {
		String name = object.eClass().getName();
		Set<String> features = new TreeSet<>();
		switch (object) {
			case Deletion d -> features.add(d.getRend() == null ? name : name + " " + d.getRend());
			case Addition a -> features.add(a.getPlace() == null ? name : name + " " + a.getPlace());
			case Highlight h -> features.add(name + " " + h.getStyle());
			case LetterPart p -> features.add(name + " " + p.getPart());
			case Division d -> features.add(name + " " + d.getKind().getLiteral());
			case Note n -> features.add(name + " " + n.getType());
			case BracketConvention b -> features.add(name + " " + b.getReason());
			case Hand h -> features.add(Hands.isCorpusWide(h) ? "Hand of the corpus" : "Hand of a document");
			case Title t when t.getNote() != null -> features.add("Title with a note");
			case Supplied s -> features.add(name + " " + s.getReason());
			case EditorialBracket b when EditorialBrackets.isUncertain(b) -> features.add("Supplied uncertain");
			case LineBreak b -> features.add(LineBreaks.breaksWord(b) ? "LineBreak in a word" : name);
			case Mention m -> {
				features.add(name);
				if (m.isReferring()) {
					features.add("Mention referring");
				}
				if (m.isUncertain()) {
					features.add("Mention uncertain");
				}
				if (m.getTargets().size() > 1) {
					features.add("Mention naming several");
				}
			}
			default -> {
				if (Set.of("Abbreviation", "Annotation", "Closer", "ForeignText", "HandShift", "Heading", "InlineFigure", "ItemList",
						"Opener", "PageBreak", "Postscript", "Quotation", "Substitution").contains(name)) {
					features.add(name);
				}
			}
		}
		return features;
	}
}

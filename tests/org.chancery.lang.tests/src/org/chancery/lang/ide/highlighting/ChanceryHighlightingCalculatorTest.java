package org.chancery.lang.ide.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ide.ExampleCorpus;
import org.chancery.lang.ide.ExampleCorpus.OpenFile;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** Semantic highlighting in the example corpus, printed one position a line: "style «text»". */
class ChanceryHighlightingCalculatorTest {

	@Test
	void referencesByKindDatesInterventionsAndUnresolvedIds() {
		assertHighlighting("""
				telegram t {
				  from yang-zengxin at urumchi
				  to foreign-ministry
				  sent julian 1917-06-12
				  source zhong-e-guanxi-shiliao-1917-1919-1 page 115
				  replies-to 1917-06-14-ministry-telegram
				  text {
				    <kashgar|Kashgar> and <nobody|Nobody> [on them] ⟨a⟩ {b} <sic "Kyrgyz"|Kazakhs> <unclear|Nan Mu>
				    on <date day 14|the 14th>[^1], <1917-06-09-zhu-telegram|a telegram>.
				  }
				  note 1 { A note. }
				}
				""", """
				chancery.person «yang-zengxin»
				chancery.place «urumchi»
				chancery.organisation «foreign-ministry»
				chancery.date «julian 1917-06-12»
				chancery.publication «zhong-e-guanxi-shiliao-1917-1919-1»
				chancery.document «1917-06-14-ministry-telegram»
				chancery.place «kashgar»
				chancery.unresolved «nobody»
				chancery.editorial «[on them]»
				chancery.editorial «⟨a⟩»
				chancery.editorial «{b}»
				chancery.editorial «<sic "Kyrgyz"|»
				chancery.editorial «<unclear|»
				chancery.date «day 14»
				chancery.editorial «[^1]»
				chancery.document «1917-06-09-zhu-telegram»
				""");
	}

	@Test
	void theWritersCorrectionsHandsAndPagesAndTheEditorsSuppliedTextAndAbbreviations() {
		assertHighlighting("""
				letter l {
				  hand pencil "a later pencil"
				  text {
				    <del erasure|a> <add above pencil|b> <subst|<del|c><add|d>> <hand pencil>e <hand nobody>f <pb 2 "p.jpg"> <lb>
				    <supplied damage|g> <abbr "und so weiter"|usw.> <rs kudashev|the envoy>
				  }
				  annotation pencil { z }
				}
				""", """
				chancery.manuscript «<del erasure|»
				chancery.manuscript «<add above »
				chancery.manuscript «pencil»
				chancery.manuscript «|»
				chancery.manuscript «<subst|»
				chancery.manuscript «<del|»
				chancery.manuscript «<add|»
				chancery.manuscript «<hand »
				chancery.manuscript «pencil»
				chancery.manuscript «>»
				chancery.manuscript «<hand »
				chancery.unresolved «nobody»
				chancery.manuscript «>»
				chancery.manuscript «<pb 2 "p.jpg">»
				chancery.manuscript «<lb>»
				chancery.editorial «<supplied damage|»
				chancery.editorial «<abbr "und so weiter"|»
				chancery.person «kudashev»
				chancery.manuscript «pencil»
				""");
	}

	private static void assertHighlighting(String text, String expected) {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", text);
		List<String> positions = new ArrayList<>();
		ExampleCorpus.INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(file.resource(),
				(offset, length, styles) -> positions.add(String.join(" ", styles) + " «" + file.text().substring(offset, offset + length) + "»"),
				CancelIndicator.NullImpl);
		assertEquals(expected, String.join("\n", positions) + "\n");
	}
}

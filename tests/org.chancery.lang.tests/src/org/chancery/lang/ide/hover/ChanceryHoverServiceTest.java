package org.chancery.lang.ide.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chancery.lang.ide.ExampleCorpus;
import org.chancery.lang.ide.ExampleCorpus.OpenFile;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** Hovers on the example corpus, printed as "«hovered text»" followed by the Markdown shown. */
class ChanceryHoverServiceTest {

	private static final String TELEGRAM = "seeds/refugee-massacre-1917.chancery";

	@Test
	void theIdOfAMentionShowsTheRegisterEntry() {
		assertHover(TELEGRAM, "<lake-ala-kul|Lake Ala-Kul>[^1]", 3, """
				«lake-ala-kul»
				**Lake Ala-Kul** (place `lake-ala-kul`)

				- Variants: Ala-Kul; Hala hu  
				- Identification: Uncertain. Chen Guangwei's sinicised form Hala hu suggests Hala Lake on the Tibetan Plateau, which is not on a route the returnees would have taken; most probably Ala-Kul in present-day Kyrgyzstan, on the main refugee route from Issyk-Kul, near Uch-Turpan, Kashgar and Aksu.""");
	}

	@Test
	void theWordsOfAMentionStandForItsTarget() {
		assertHover("seeds/wilson-center-xinjiang.chancery", "<stalin|Stalin> agrees", 10, """
				«<stalin|Stalin>»
				**Joseph Stalin** (person `stalin`)

				- Variants: Stalin; I. V. Stalin  
				- Aliases: Filipov  
				- Authority ids: Wikidata Q855""");
	}

	@Test
	void aSenderShowsOfficesWithOrganisationAndSpan() {
		assertHover(TELEGRAM, "from yang-zengxin as", 7, """
				«yang-zengxin»
				**Yang Zengxin** (person `yang-zengxin`)

				- Offices: Military governor of Xinjiang, 1912–1928""");
	}

	@Test
	void aRepliedToDocumentShowsItsMetadataLine() {
		assertHover(TELEGRAM, "replies-to 1917-06-14-ministry-telegram", 15, """
				«1917-06-14-ministry-telegram»
				`1917-06-14-ministry-telegram`

				telegram · Telegram from the Foreign Ministry to Ambassador Liu Jingren, 14 June 1917 · date 1917-06-14 · Ministry of Foreign Affairs of the Republic of China → Liu Jingren""");
	}

	@Test
	void aDeclaredDocumentShowsItsMetadataLine() {
		assertHover(TELEGRAM, "telegram 1917-06-13-yang-telegram {", 12, """
				«1917-06-13-yang-telegram»
				`1917-06-13-yang-telegram`

				telegram · Telegram from Yang Zengxin, 13 June 1917 (sent 12 June) · sent 1917-06-12, received 1917-06-13 · Yang Zengxin → Ministry of Foreign Affairs of the Republic of China""");
	}

	private static final String LETTER = "letters/1893-05-14-anna-wendt-to-luise-wendt.chancery";

	@Test
	void aHandShowsItsDescriptionAndWriter() {
		assertHover(LETTER, "annotation luise", 12, """
				«luise»
				**Luise Wendt, the recipient, pencil** (hand `luise`, of Luise Wendt)""");
		assertHover(LETTER, "<hand sophie>", 8, """
				«sophie»
				**A friend of Anna's, probably Sophie Brandes, pencil** (hand `sophie`)""");
	}

	@Test
	void theWordsOfAnExpressionNamingSeveralStandForTheFirst() {
		assertHover(LETTER, "<rs paul-kramer, marie-kramer|Kramers>", 32, """
				«<rs paul-kramer, marie-kramer|Kramers>»
				**Paul Kramer** (person `paul-kramer`)""");
	}

	@Test
	void plainProseHasNoHover() {
		OpenFile file = ExampleCorpus.open(TELEGRAM);
		Hover hover = hover(file, file.offsetOf("In an earlier post") + 3);
		assertEquals("", hover.getContents().getRight().getValue());
		assertEquals(null, hover.getRange());
	}

	/** Hovers {@code into} characters into the first occurrence of {@code at}. */
	private static void assertHover(String path, String at, int into, String expected) {
		OpenFile file = ExampleCorpus.open(path);
		int offset = file.offsetOf(at) + into;
		Hover hover = hover(file, offset);
		assertEquals(expected, "«" + file.document().getSubstring(hover.getRange()) + "»\n" + hover.getContents().getRight().getValue());
	}

	private static Hover hover(OpenFile file, int offset) {
		HoverParams params = new HoverParams(new TextDocumentIdentifier("file"), file.document().getPosition(offset));
		return ExampleCorpus.INJECTOR.getInstance(IHoverService.class).hover(file.document(), file.resource(), params,
				CancelIndicator.NullImpl);
	}
}

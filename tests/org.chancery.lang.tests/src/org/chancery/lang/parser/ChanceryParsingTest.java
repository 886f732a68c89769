package org.chancery.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.conversion.ProseValueConverter;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.ModelPrinter;
import org.chancery.lang.text.ReadingText;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** One test per construct of the language: the text parses to exactly this model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ChanceryInjectorProvider.class)
class ChanceryParsingTest {

	@Inject
	private ParseHelper<ChanceryFile> parser;

	@Test
	void personWithVariantsAliasOfficeAndAuthority() throws Exception {
		assertModel("""
				person stalin {
				  name "Joseph Stalin"
				  variant "Stalin", "I. V. Stalin"
				  alias "Filipov"
				  office "General Secretary" of politburo from 1922 to 1952
				  born 1878-12-18 died 1953-03-05
				  wikidata Q855
				  gnd 118616927
				}
				organisation politburo { name "Politburo" }
				""", """
				ChanceryFile
				  members: Person name="stalin"
				    properties: PreferredName value="Joseph Stalin"
				    properties: Variants values=["Stalin", "I. V. Stalin"]
				    properties: Aliases values=["Filipov"]
				    properties: Office title="General Secretary" organisation=>politburo
				      start: DateSpec when="1922"
				      end: DateSpec when="1952"
				    properties: Born
				      date: DateSpec when="1878-12-18"
				    properties: Died
				      date: DateSpec when="1953-03-05"
				    properties: AuthorityId scheme=wikidata code="Q855"
				    properties: AuthorityId scheme=gnd code="118616927"
				  members: Organisation name="politburo"
				    properties: PreferredName value="Politburo"
				""");
	}

	@Test
	void placeWithCoordinatesAndIdentification() throws Exception {
		assertModel("""
				place lake-ala-kul {
				  name "Lake Ala-Kul"
				  variant "Hala hu"
				  coordinates 42.24, -78.05
				  geonames 1528260
				  identification "Probably Ala-Kul in Kyrgyzstan."
				}
				""", """
				ChanceryFile
				  members: Place name="lake-ala-kul"
				    properties: PreferredName value="Lake Ala-Kul"
				    properties: Variants values=["Hala hu"]
				    properties: Coordinates latitude="42.24" longitude="-78.05"
				    properties: AuthorityId scheme=geonames code="1528260"
				    properties: Identification value="Probably Ala-Kul in Kyrgyzstan."
				""");
	}

	@Test
	void telegramMetadata() throws Exception {
		assertModel("""
				telegram 1949-10-14-filipov-to-kovalev {
				  title "Ciphered Telegram No. 4159"
				  ciphered
				  number 4159
				  from stalin as "Filipov", molotov at moscow
				  to kovalev
				  date 1949-10-14
				  sent 1949-10-13
				  received 1949-10-15
				  calendar gregorian
				  language en translated-from ru
				  translation "Translated by the Wilson Center."
				  source wilson page 12
				  replies-to earlier
				  url "https://example.org/doc"
				}
				""", """
				ChanceryFile
				  members: Document name="1949-10-14-filipov-to-kovalev" kind=telegram
				    items: Title value="Ciphered Telegram No. 4159"
				    items: Ciphered
				    items: DocumentNumber value="4159"
				    items: Senders place=><unresolved>
				      parties: Party office="Filipov" agent=><unresolved>
				      parties: Party agent=><unresolved>
				    items: Recipients
				      parties: Party agent=><unresolved>
				    items: DateField role=date
				      date: DateSpec when="1949-10-14"
				    items: DateField role=sent
				      date: DateSpec when="1949-10-13"
				    items: DateField role=received
				      date: DateSpec when="1949-10-15"
				    items: CalendarDeclaration calendar=gregorian
				    items: LanguageDeclaration language="en" original="ru"
				    items: Translation value="Translated by the Wilson Center."
				    items: Source pages="12" publication=><unresolved>
				    items: RepliesTo documents=>[<unresolved>]
				    items: Url value="https://example.org/doc"
				""");
	}

	@Test
	void everyDateForm() throws Exception {
		assertModel("""
				letter d {
				  date c. 1917-06?
				  sent julian 1917-06-12
				  received between 1917-06-01 and 1917-06-30
				  event before 1917-07
				}
				letter e { undated event after 1916 }
				""", """
				ChanceryFile
				  members: Document name="d" kind=letter
				    items: DateField role=date
				      date: DateSpec approximate=true when="1917-06" uncertain=true
				    items: DateField role=sent
				      date: DateSpec julian=true when="1917-06-12"
				    items: DateField role=received
				      date: DateSpec from="1917-06-01" to="1917-06-30"
				    items: DateField role=event
				      date: DateSpec notAfter="1917-07"
				  members: Document name="e" kind=letter
				    items: Undated
				    items: DateField role=event
				      date: DateSpec notBefore="1916"
				""");
	}

	@Test
	void conversationWithParticipantsAndSpeakerTurns() throws Exception {
		assertModel("""
				meeting m {
				  participants gao as "Deputy Foreign Minister", kudashev at beijing
				  turn gao "Deputy Minister" { Of the Russian Kazakhs [sic] who fled. }
				  turn "Kudashev" { I have not heard anything. }
				}
				""", """
				ChanceryFile
				  members: Document name="m" kind=meeting
				    items: Participants place=><unresolved>
				      parties: Party office="Deputy Foreign Minister" agent=><unresolved>
				      parties: Party agent=><unresolved>
				    items: SpeakerTurn label="Deputy Minister" speaker=><unresolved>
				      paragraphs: Paragraph
				        content: Text value=" Of the Russian Kazakhs "
				        content: EditorialBracket
				          content: Text value="sic"
				        content: Text value=" who fled. "
				    items: SpeakerTurn label="Kudashev"
				      paragraphs: Paragraph
				        content: Text value=" I have not heard anything. "
				""");
	}

	@Test
	void inlineTagsInProse() throws Exception {
		assertModel("""
				report r {
				  text {
				    <yang|Yang Zengxin> wrote on <date 1917-06-09|9 June> about <hi|deep hatred> [emphasis mine – ed.],
				    <unclear|Nan Mu>, <sic "Kyrgyz"|Kazakhs>, [Foreign] Ministry, […], ⟨a⟩{b} and \\<escaped\\>[^1].
				  }
				  note 1 { A footnote. }
				}
				""", """
				ChanceryFile
				  members: Document name="r" kind=report
				    items: TextBlock
				      paragraphs: Paragraph
				        content: Text value="\\n    "
				        content: Mention targets=>[<unresolved>]
				          content: Text value="Yang Zengxin"
				        content: Text value=" wrote on "
				        content: DateMention
				          date: DateSpec when="1917-06-09"
				          content: Text value="9 June"
				        content: Text value=" about "
				        content: Highlight
				          content: Text value="deep hatred"
				        content: Text value=" "
				        content: EditorialBracket
				          content: Text value="emphasis mine – ed."
				        content: Text value=",\\n    "
				        content: Unclear
				          content: Text value="Nan Mu"
				        content: Text value=", "
				        content: SicTag correction="Kyrgyz"
				          content: Text value="Kazakhs"
				        content: Text value=", "
				        content: EditorialBracket
				          content: Text value="Foreign"
				        content: Text value=" Ministry, "
				        content: EditorialBracket
				          content: Text value="…"
				        content: Text value=", "
				        content: Omission
				          content: Text value="a"
				        content: Surplus
				          content: Text value="b"
				        content: Text value=" and <escaped>"
				        content: NoteReference note=>1
				        content: Text value=".\\n  "
				    items: Note name="1"
				      paragraphs: Paragraph
				        content: Text value=" A footnote. "
				""");
	}

	@Test
	void quotedDocumentsNestInsideProse() throws Exception {
		assertModel("""
				telegram outer {
				  text {‘<quote telegram inner from zhu date 1917-06-09|According to <quote innermost|they reported>.>’}
				}
				""", """
				ChanceryFile
				  members: Document name="outer" kind=telegram
				    items: TextBlock
				      paragraphs: Paragraph
				        content: Text value="‘"
				        content: QuotedDocument name="inner" kind=telegram
				          items: Senders
				            parties: Party agent=><unresolved>
				          items: DateField role=date
				            date: DateSpec when="1917-06-09"
				          content: Text value="According to "
				          content: QuotedDocument name="innermost" kind=document
				            content: Text value="they reported"
				          content: Text value="."
				        content: Text value="’"
				""");
	}

	@Test
	void paragraphsFiguresSummariesAndNestedDocuments() throws Exception {
		assertModel("""
				article a {
				  summary { One. }
				  figure "f.jpg" { Caption. }
				  text {

				    First.

				    Second.

				  }
				  letter inner { date 1917 }
				}
				""", """
				ChanceryFile
				  members: Document name="a" kind=article
				    items: Summary
				      paragraphs: Paragraph
				        content: Text value=" One. "
				    items: Figure image="f.jpg"
				      paragraphs: Paragraph
				        content: Text value=" Caption. "
				    items: TextBlock
				      paragraphs: Paragraph
				        content: Text value="First."
				      paragraphs: Paragraph
				        content: Text value="Second."
				    items: Document name="inner" kind=letter
				      items: DateField role=date
				        date: DateSpec when="1917"
				""");
	}

	@Test
	void correctionsAndHands() throws Exception {
		assertModel("""
				person anna-w { name "Anna" }
				letter l {
				  hand anna of anna-w "Anna's hand, brown ink"
				  text {<del strikethrough|alt> <add above anna|neu> <subst|<del|a><add inline|b>> <hand clerk>x}
				}
				hand clerk "the clerk"
				""", """
				ChanceryFile
				  members: Person name="anna-w"
				    properties: PreferredName value="Anna"
				  members: Document name="l" kind=letter
				    items: Hand name="anna" description="Anna's hand, brown ink" writer=>anna-w
				    items: TextBlock
				      paragraphs: Paragraph
				        content: Deletion rend="strikethrough"
				          content: Text value="alt"
				        content: Text value=" "
				        content: Addition place="above" hand=>anna
				          content: Text value="neu"
				        content: Text value=" "
				        content: Substitution
				          content: Deletion
				            content: Text value="a"
				          content: Addition place="inline"
				            content: Text value="b"
				        content: Text value=" "
				        content: HandShift hand=>clerk
				        content: Text value="x"
				  members: Hand name="clerk" description="the clerk"
				""");
	}

	@Test
	void pagesLinesAndTheEditorsTags() throws Exception {
		assertModel("""
				letter l { text {<pb 2r "p2.jpg">anklag=<lb>ten <hi double-underline|x> <abbr "zu den Akten"|ZdA> <supplied damage?|sc> [nicht?] <foreign fr|merci> <quote|q> <figure|a seal><pb>} }
				""", """
				ChanceryFile
				  members: Document name="l" kind=letter
				    items: TextBlock
				      paragraphs: Paragraph
				        content: PageBreak number="2r" image="p2.jpg"
				        content: Text value="anklag="
				        content: LineBreak
				        content: Text value="ten "
				        content: Highlight style="double-underline"
				          content: Text value="x"
				        content: Text value=" "
				        content: Abbreviation expansion="zu den Akten"
				          content: Text value="ZdA"
				        content: Text value=" "
				        content: Supplied reason="damage" uncertain=true
				          content: Text value="sc"
				        content: Text value=" "
				        content: EditorialBracket
				          content: Text value="nicht?"
				        content: Text value=" "
				        content: ForeignText language="fr"
				          content: Text value="merci"
				        content: Text value=" "
				        content: Quotation
				          content: Text value="q"
				        content: Text value=" "
				        content: InlineFigure
				          content: Text value="a seal"
				        content: PageBreak
				""");
	}

	@Test
	void referringExpressionsSeveralReferentsAndUncertainIdentifications() throws Exception {
		assertModel("""
				person father { name "Heinrich Wendt" }
				person mother { name "Luise Wendt" }
				letter l { text {<rs mother|Mama>, <father, mother|Wendts>, <mother?|Luise>, <rs father, mother?|die Eltern>} }
				""", """
				ChanceryFile
				  members: Person name="father"
				    properties: PreferredName value="Heinrich Wendt"
				  members: Person name="mother"
				    properties: PreferredName value="Luise Wendt"
				  members: Document name="l" kind=letter
				    items: TextBlock
				      paragraphs: Paragraph
				        content: Mention referring=true targets=>[mother]
				          content: Text value="Mama"
				        content: Text value=", "
				        content: Mention targets=>[father, mother]
				          content: Text value="Wendts"
				        content: Text value=", "
				        content: Mention uncertain=true targets=>[mother]
				          content: Text value="Luise"
				        content: Text value=", "
				        content: Mention referring=true uncertain=true targets=>[father, mother]
				          content: Text value="die Eltern"
				""");
	}

	@Test
	void theShapeOfALetter() throws Exception {
		assertModel("""
				letter l {
				  title "A letter" [^1]
				  brackets damage
				  heading { Heading }
				  session {
				    opener { <dateline|Berlin> <salute|Liebe Mama!> }
				    text { Text. }
				    section { list { 1. One } }
				    closer { <signed|Anna> }
				  }
				  postscript { P.S. }
				  annotation luise { b. 22 Mai }
				  note 1 source { The source. }
				}
				""", """
				ChanceryFile
				  members: Document name="l" kind=letter
				    items: Title value="A letter"
				      note: NoteReference note=>1
				    items: BracketConvention reason="damage"
				    items: Heading
				      paragraphs: Paragraph
				        content: Text value=" Heading "
				    items: Division kind=session
				      items: Opener
				        paragraphs: Paragraph
				          content: Text value=" "
				          content: LetterPart part="dateline"
				            content: Text value="Berlin"
				          content: Text value=" "
				          content: LetterPart part="salute"
				            content: Text value="Liebe Mama!"
				          content: Text value=" "
				      items: TextBlock
				        paragraphs: Paragraph
				          content: Text value=" Text. "
				      items: Division kind=section
				        items: ItemList
				          paragraphs: Paragraph
				            content: Text value=" 1. One "
				      items: Closer
				        paragraphs: Paragraph
				          content: Text value=" "
				          content: LetterPart part="signed"
				            content: Text value="Anna"
				          content: Text value=" "
				    items: Postscript
				      paragraphs: Paragraph
				        content: Text value=" P.S. "
				    items: Annotation hand=><unresolved>
				      paragraphs: Paragraph
				        content: Text value=" b. 22 Mai "
				    items: Note name="1" type="source"
				      paragraphs: Paragraph
				        content: Text value=" The source. "
				""");
	}

	/** The words of the new tags are ids outside a tag's head; ids containing them stay ids. */
	@Test
	void tagWordsAndIdsContainingNewWordsAreIdsOutsideTags() throws Exception {
		assertModel("""
				person add { name "Add" }
				person margin { name "Margin" }
				person page-3 { name "P" }
				person add-x { name "X" }
				letter 1893-postscript { from add to margin, page-3, add-x
				  hand hand-a
				  text {<add margin hand-a|x>[^label]}
				  note label { N. }
				}
				""", """
				ChanceryFile
				  members: Person name="add"
				    properties: PreferredName value="Add"
				  members: Person name="margin"
				    properties: PreferredName value="Margin"
				  members: Person name="page-3"
				    properties: PreferredName value="P"
				  members: Person name="add-x"
				    properties: PreferredName value="X"
				  members: Document name="1893-postscript" kind=letter
				    items: Senders
				      parties: Party agent=>add
				    items: Recipients
				      parties: Party agent=>margin
				      parties: Party agent=>page-3
				      parties: Party agent=>add-x
				    items: Hand name="hand-a"
				    items: TextBlock
				      paragraphs: Paragraph
				        content: Addition place="margin" hand=>hand-a
				          content: Text value="x"
				        content: NoteReference note=>label
				    items: Note name="label"
				      paragraphs: Paragraph
				        content: Text value=" N. "
				""");
	}

	@Test
	void paragraphTextRoundTripsCharacterForCharacter() throws Exception {
		String prose = "  Currently, the\u00a0 Russian citizens — “frozen” — [on them] wrote 3 \\< 4 \\{sic\\}\n\tand <yang|Yang>’s reply…  ";
		ChanceryFile file = parser.parse("letter l { text {" + prose + "} }");
		assertEquals("[]", file.eResource().getErrors().toString());
		Paragraph paragraph = EcoreUtil2.getAllContentsOfType(file, Paragraph.class).get(0);

		assertEquals(prose, NodeModelUtils.getNode(paragraph).getText(), "the source is kept as typed");
		assertEquals("  Currently, the\u00a0 Russian citizens — “frozen” — [on them] wrote 3 < 4 {sic}\n\tand Yang’s reply…  ",
				ReadingText.of(paragraph), "the reading text drops only markup and escapes");
		assertEquals("3 \\< 4 \\{sic\\}", new ProseValueConverter().toString("3 < 4 {sic}"));
	}

	private void assertModel(String text, String expected) throws Exception {
		ChanceryFile file = parser.parse(text);
		assertEquals("[]", file.eResource().getErrors().toString(), "syntax errors");
		assertEquals(expected, ModelPrinter.print(file));
	}
}

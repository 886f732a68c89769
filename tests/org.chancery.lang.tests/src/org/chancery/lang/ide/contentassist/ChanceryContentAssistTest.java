package org.chancery.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.chancery.lang.ide.ExampleCorpus;
import org.chancery.lang.ide.ExampleCorpus.OpenFile;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** Content assist in a new file of the example corpus, printed as "label · detail · kind → insertion". */
class ChanceryContentAssistTest {

	@Test
	void aVariantProposesThePlaceUnderItsPreferredName() {
		assertCompletion("""
				telegram t {
				  from stalin
				  to kovalev at Urumqi<|>
				}
				""", """
				urumchi — Urumchi (Urumqi, Dihua) · place · Reference → urumchi
				""");
	}

	@Test
	void aTransliterationFindsThePersonWhateverItsCaseAndHyphens() {
		assertCompletion("""
				letter l {
				  from Foo-Ping<|>
				}
				""", """
				fu-bingchang — Fu Bingchang (Foo Ping-sheung) · person · Reference → fu-bingchang
				""");
	}

	@Test
	void aSenderIsAPersonOrOrganisationFoundByAnyWordOfAnyName() {
		assertCompletion("""
				letter l {
				  from sheng<|>
				}
				""", """
				sheng-shicai — Sheng Shicai (Shicai Sheng, Sheng, Governor Sheng) · person · Reference → sheng-shicai
				sheng-shiqi — Sheng Shiqi · person · Reference → sheng-shiqi
				""");
	}

	@Test
	void anAliasFindsThePerson() {
		assertCompletion("""
				telegram t {
				  from filip<|>
				}
				""", """
				stalin — Joseph Stalin (Stalin, I. V. Stalin, Filipov) · person · Reference → stalin
				""");
	}

	@Test
	void repliesToProposesDocumentsWithTitleAndDate() {
		assertCompletion("""
				telegram t {
				  replies-to apresov<|>
				}
				""", """
				apresov-earlier-telegram — Telegram from G. Apresov reporting on Sheng Shicai and the Sovietization of Xinjiang (undated) · telegram · Reference → apresov-earlier-telegram
				stalin-molotov-voroshilov-to-apresov — Telegram from Cdes. Stalin, Molotov, and Voroshilov to G. Apresov, Consul General in Urumqi (undated) · telegram · Reference → stalin-molotov-voroshilov-to-apresov
				""");
	}

	@Test
	void aMentionInProseProposesTagsEntriesAndDocuments() {
		assertCompletion("""
				letter l {
				  text { The <un<|> }
				}
				""", """
				soviet-union — Soviet Union (USSR) · place · Reference → soviet-union
				university-of-sydney — University of Sydney · organisation · Reference → university-of-sydney
				unclear · - · Keyword → unclear
				""");
	}

	@Test
	void metadataKeywords() {
		assertCompletion("""
				telegram t {
				  re<|>
				}
				""", """
				received · - · Keyword → received
				replies-to · - · Keyword → replies-to
				report · - · Keyword → report
				""");
	}

	@Test
	void whereADateIsExpectedEveryFormOfDateIsATemplate() {
		assertCompletion("""
				telegram t {
				  sent <|>
				}
				""", """
				after … · not before · Snippet → after ${1:yyyy-mm-dd}
				before … · not after · Snippet → before ${1:yyyy-mm-dd}
				between … and … · a range · Snippet → between ${1:yyyy-mm-dd} and ${2:yyyy-mm-dd}
				c. yyyy · approximate · Snippet → c. ${1:yyyy}
				day dd · “the 14th”: counted back from the document's date · Snippet → day ${1:dd}
				julian yyyy-mm-dd · in the Julian calendar · Snippet → julian ${1:yyyy}-${2:mm}-${3:dd}
				yyyy-mm · a month · Snippet → ${1:yyyy}-${2:mm}
				yyyy-mm-dd · a day · Snippet → ${1:yyyy}-${2:mm}-${3:dd}
				yyyy-mm-dd? · uncertain · Snippet → ${1:yyyy}-${2:mm}-${3:dd}?
				""");
	}

	@Test
	void aDateTemplateIsKeptWhileItsFirstWordIsTyped() {
		assertCompletion("""
				letter l {
				  text { <date bet<|> }
				}
				""", """
				between … and … · a range · Snippet → between ${1:yyyy-mm-dd} and ${2:yyyy-mm-dd}
				""");
	}

	@Test
	void theHeadOfAnAdditionProposesItsPlacesAndTheHands() {
		assertCompletion("""
				letter l {
				  hand pencil "a later pencil"
				  text { <add <|> }
				}
				""", """
				archivist — The keeper of the family archive, violet ink, 20th century · hand · Reference → archivist
				pencil — a later pencil · hand · Reference → pencil
				above · - · Keyword → above
				below · - · Keyword → below
				inline · - · Keyword → inline
				margin · - · Keyword → margin
				""");
	}

	@Test
	void aChangeOfHandProposesTheHandsOfTheDocumentAndOfTheCorpus() {
		assertCompletion("""
				letter l {
				  hand pencil "a later pencil"
				  text { <hand <|> }
				}
				""", """
				archivist — The keeper of the family archive, violet ink, 20th century · hand · Reference → archivist
				pencil — a later pencil · hand · Reference → pencil
				""");
	}

	@Test
	void highlightingProposesHowTheWordsAreHighlighted() {
		assertCompletion("""
				letter l {
				  text { <hi <|> }
				}
				""", """
				double-underline · - · Keyword → double-underline
				italic · - · Keyword → italic
				latintype · - · Keyword → latintype
				rend · - · Keyword → rend
				spaced · - · Keyword → spaced
				superscript · - · Keyword → superscript
				underline · - · Keyword → underline
				""");
	}

	@Test
	void theTagsOfTheManuscriptAndOfALetter() {
		assertCompletion("""
				letter l {
				  text { <su<|> }
				}
				""", """
				subst · - · Keyword → subst
				supplied · - · Keyword → supplied
				""");
		assertCompletion("""
				letter l {
				  text { <sa<|> }
				}
				""", """
				salute · - · Keyword → salute
				""");
	}

	@Test
	void theBlocksOfALetter() {
		assertCompletion("""
				letter l {
				  text { T. }
				  p<|>
				}
				""", """
				participants · - · Keyword → participants
				postscript · - · Keyword → postscript
				""");
	}

	private static void assertCompletion(String textWithCursor, String expected) {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", textWithCursor);
		ContentAssistService service = ExampleCorpus.INJECTOR.getInstance(ContentAssistService.class);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier("new.chancery"),
				file.document().getPosition(file.cursor()));
		CompletionList list = service.createCompletionList(file.document(), file.resource(), params, CancelIndicator.NullImpl);
		assertEquals(expected, list.getItems().stream().map(ChanceryContentAssistTest::print).collect(Collectors.joining("\n", "", "\n")));
	}

	private static String print(CompletionItem item) {
		return String.join(" · ", item.getLabel(), item.getDetail() == null ? "-" : item.getDetail(), item.getKind().toString())
				+ " → " + item.getTextEdit().getLeft().getNewText();
	}
}

package org.chancery.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
				soviet-union — Soviet Union (USSR) · place · Reference → soviet-union|$0>
				university-of-sydney — University of Sydney · organisation · Reference → university-of-sydney|$0>
				unclear · - · Keyword → unclear
				""");
	}

	@Test
	void aMentionsIdComesWithItsBarAndTheClosingBracketWhenMissing() {
		assertCompletion("""
				letter l {
				  text { From <stali<|> and <molotov|Molotov>. }
				}
				""", """
				stalin — Joseph Stalin (Stalin, I. V. Stalin, Filipov) · person · Reference → stalin|$0>
				stalin-molotov-voroshilov-to-apresov — Telegram from Cdes. Stalin, Molotov, and Voroshilov to G. Apresov, Consul General in Urumqi (undated) · telegram · Reference → stalin-molotov-voroshilov-to-apresov|$0>
				1942-05-10-sheng-to-stalin-molotov-voroshilov — Letter from Governor Shicai Sheng to Cdes. Stalin, Molotov, and Voroshilov (date 1942-05-10) · letter · Reference → 1942-05-10-sheng-to-stalin-molotov-voroshilov|$0>
				1945-07-09-soong-stalin-meeting — Record of a Meeting Between T. V. Soong and Stalin (date 1945-07-09) · meeting · Reference → 1945-07-09-soong-stalin-meeting|$0>
				1949-10-14-filipov-to-kovalev — Ciphered Telegram No. 4159 from Filipov [Stalin] to Kovalev (date 1949-10-14) · telegram · Reference → 1949-10-14-filipov-to-kovalev|$0>
				""");
		assertCompletion("""
				letter l {
				  text { From <stalin<|>>. }
				}
				""", """
				stalin — Joseph Stalin (Stalin, I. V. Stalin, Filipov) · person · Reference → stalin|$0
				stalin-molotov-voroshilov-to-apresov — Telegram from Cdes. Stalin, Molotov, and Voroshilov to G. Apresov, Consul General in Urumqi (undated) · telegram · Reference → stalin-molotov-voroshilov-to-apresov|$0
				1942-05-10-sheng-to-stalin-molotov-voroshilov — Letter from Governor Shicai Sheng to Cdes. Stalin, Molotov, and Voroshilov (date 1942-05-10) · letter · Reference → 1942-05-10-sheng-to-stalin-molotov-voroshilov|$0
				1945-07-09-soong-stalin-meeting — Record of a Meeting Between T. V. Soong and Stalin (date 1945-07-09) · meeting · Reference → 1945-07-09-soong-stalin-meeting|$0
				1949-10-14-filipov-to-kovalev — Ciphered Telegram No. 4159 from Filipov [Stalin] to Kovalev (date 1949-10-14) · telegram · Reference → 1949-10-14-filipov-to-kovalev|$0
				""");
		assertTrue(completion("""
				letter l {
				  text { From <stalin<|>|Stalin>. }
				}
				""").contains("stalin — Joseph Stalin (Stalin, I. V. Stalin, Filipov) · person · Reference → stalin\n"),
				"an id before its | gets nothing more");
	}

	@Test
	void repliesToProposesEveryOtherDocumentEarliestFirst() {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", """
				telegram 1949-10-20-reply {
				  replies-to <|>
				}
				""");
		ContentAssistService service = ExampleCorpus.INJECTOR.getInstance(ContentAssistService.class);
		CompletionList list = service.createCompletionList(file.document(), file.resource(),
				new CompletionParams(new TextDocumentIdentifier("new.chancery"), file.document().getPosition(file.cursor())),
				CancelIndicator.NullImpl);
		List<String> ids = list.getItems().stream().map(item -> item.getTextEdit().getLeft().getNewText()).toList();
		assertEquals(List.of("1893-05-14-anna-wendt-to-luise-wendt", "1917-06-09-zhu-liu-joint-telegram", "1917-06-09-zhu-telegram",
				"1917-06-chen-telegram",
				"1917-06-13-yang-telegram", "1917-06-14-ministry-telegram", "1917-06-21-gao-kudashev-meeting",
				"1917-07-02-liu-telegram", "1935-07-16-politburo-minutes-42", "1936-06-17-soviet-trade-with-xinjiang",
				"1940-10-26-politburo-minutes-21", "1942-05-10-sheng-to-stalin-molotov-voroshilov", "1942-07-03-molotov-to-sheng",
				"1944-03-23-wilgress-to-mackenzie-king", "1945-07-09-soong-stalin-meeting", "1947-01-12-petrov-zhang-conversation",
				"1949-10-14-filipov-to-kovalev"), ids.subList(0, 17));
		assertTrue(!ids.contains("1949-10-20-reply"), "not the document itself");
		assertTrue(ids.containsAll(List.of("apresov-earlier-telegram", "refugee-massacre-xinjiang-borderlands")), "undated ones last: " + ids);
	}

	@Test
	void aKeywordIsProposedOnlyWhileTheTypedWordStartsIt() {
		assertCompletion("""
				telegram t {
				  rep<|>
				}
				""", """
				replies-to · - · Keyword → replies-to
				report · - · Keyword → report
				""");
		assertCompletion("""
				telegram t {
				  from stalin
				  t<|>
				}
				""", """
				telegram · - · Keyword → telegram
				text · - · Keyword → text
				title · - · Keyword → title
				to · - · Keyword → to
				translation · - · Keyword → translation
				turn · - · Keyword → turn
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
				between … and … · some day in this range · Snippet → between ${1:yyyy-mm-dd} and ${2:yyyy-mm-dd}
				c. yyyy · approximate · Snippet → c. ${1:yyyy}
				day dd · “the 14th”: counted back from the document's date · Snippet → day ${1:dd}
				from … to … · a span: all these days · Snippet → from ${1:yyyy-mm-dd} to ${2:yyyy-mm-dd}
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
				between … and … · some day in this range · Snippet → between ${1:yyyy-mm-dd} and ${2:yyyy-mm-dd}
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
		assertEquals(expected, completion(textWithCursor));
	}

	private static String completion(String textWithCursor) {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", textWithCursor);
		ContentAssistService service = ExampleCorpus.INJECTOR.getInstance(ContentAssistService.class);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier("new.chancery"),
				file.document().getPosition(file.cursor()));
		CompletionList list = service.createCompletionList(file.document(), file.resource(), params, CancelIndicator.NullImpl);
		return list.getItems().stream().map(ChanceryContentAssistTest::print).collect(Collectors.joining("\n", "", "\n"));
	}

	private static String print(CompletionItem item) {
		return String.join(" · ", item.getLabel(), item.getDetail() == null ? "-" : item.getDetail(), item.getKind().toString())
				+ " → " + item.getTextEdit().getLeft().getNewText();
	}
}

package org.chancery.lang.ide.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chancery.lang.ide.ExampleCorpus;
import org.chancery.lang.ide.ExampleCorpus.OpenFile;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/**
 * The outline, printed one symbol a line, indented by depth:
 * "name · detail · Kind · range (selection range if it differs)", lines and columns 1-based.
 */
class ChanceryDocumentSymbolsTest {

	@Test
	void aRegisterFileListsItsEntries() {
		assertSymbols(ExampleCorpus.open("seeds/registers/publications.chancery"), """
				Zhong-e guanxi shiliao, Minguo jiunian zhi banian (1917-1919). E zhengbian yu yiban jiaoshe (1) · publication zhong-e-guanxi-shiliao-1917-1919-1 · Namespace · 3:1-5:2 (3:13-3:47)
				Wilson Center Digital Archive, collection Xinjiang · publication wilson-center-digital-archive · Namespace · 7:1-9:2 (7:13-7:42)
				Shots Across the Amur 黑龍江對岸的槍聲 (blog) · publication shots-across-the-amur · Namespace · 11:1-13:2 (11:13-11:34)
				""");
	}

	@Test
	void theEditionIsOneSymbolWithItsTitle() {
		assertSymbols(ExampleCorpus.open("seeds/edition.chancery"), """
				Chancery example corpus: documents on the Xinjiang frontier, 1917–1949 · edition · Namespace · 15:1-22:2
				""");
	}

	@Test
	void aDocumentListsMetadataParagraphsTurnsQuotesAndNotes() {
		assertSymbols(ExampleCorpus.openWithCursor("seeds/new.chancery", """
				conversation c-1 {
				  title "A conversation"
				  participants gao-erqian, kudashev
				  date 1917-06-21
				  text {
				    First <quote telegram q-1 from zhu-ruichi|quoted <quote q-2|within>>.

				    Second[^1].
				  }
				  turn gao-erqian "Deputy Minister" { Of the Russian Kazakhs [sic] who fled. }
				  turn kudashev { I have not heard. }
				  note 1 { A note. }
				  figure "f.jpg" { A caption. }
				}
				"""), """
				A conversation · conversation, date 1917-06-21 · File · 1:1-14:2 (1:14-1:17)
				  metadata · - · Struct · 2:3-4:18
				    title "A conversation" · - · Property · 2:3-2:25
				    participants gao-erqian, kudashev · - · Property · 3:3-3:36
				    date 1917-06-21 · - · Property · 4:3-4:18
				  ¶ First quoted within. · - · String · 6:5-6:74
				    telegram q-1 · telegram, no date · File · 6:11-6:73 (6:27-6:30)
				      metadata · - · Struct · 6:31-6:46
				        from zhu-ruichi · - · Property · 6:31-6:46
				      document q-2 · document, no date · File · 6:54-6:72 (6:61-6:64)
				  ¶ Second1. · - · String · 8:5-8:16
				  Deputy Minister · Of the Russian Kazakhs [sic] who fled. · Event · 10:3-10:79
				  N. A. Kudashev · I have not heard. · Event · 11:3-11:38
				  note 1 · A note. · Key · 12:3-12:21
				  figure f.jpg · A caption. · Array · 13:3-13:32
				""");
	}

	@Test
	void aLetterListsItsShapeItsSessionsItsListsAndItsPages() {
		assertSymbols(ExampleCorpus.openWithCursor("seeds/new.chancery", """
				letter l-1 {
				  title "A letter"
				  hand pencil "a later pencil"
				  heading { Letter 12 }
				  session {
				    opener { <dateline|Sunday> }
				    text {
				      One<pb 2 "p2.jpg">.

				      Two.
				    }
				    section {
				      list {
				        1. Rent

				        2. Books
				      }
				    }
				    closer { <signed|Anna> }
				  }
				  postscript { P.S.<pb 3> }
				  annotation pencil { b. 22 Mai }
				  note 1 editorial { A note. }
				}
				hand clerk "the clerk"
				"""), """
				A letter · letter, no date · File · 1:1-24:2 (1:8-1:11)
				  metadata · - · Struct · 2:3-3:31
				    title "A letter" · - · Property · 2:3-2:19
				    hand pencil "a later pencil" · - · Property · 3:3-3:31
				  heading · Letter 12 · Constant · 4:3-4:24
				  writing session · Sunday · Class · 5:3-20:4
				    opener · Sunday · Method · 6:5-6:33
				    ¶ One. · - · String · 8:7-8:26
				      page 2 · p2.jpg · Number · 8:10-8:25
				    ¶ Two. · - · String · 10:7-10:11
				    section · 1. Rent · Class · 12:5-18:6
				      list · - · Enum · 13:7-17:8
				        ¶ 1. Rent · - · String · 14:9-14:16
				        ¶ 2. Books · - · String · 16:9-16:17
				    closer · Anna · Method · 19:5-19:29
				  postscript · P.S. · Method · 21:3-21:28
				    page 3 · - · Number · 21:20-21:26
				  annotation pencil · b. 22 Mai · Key · 22:3-22:34
				  note 1 (editorial) · A note. · Key · 23:3-23:31
				hand clerk · the clerk · Interface · 25:1-25:23
				""");
	}

	@Test
	void theExampleLetter() throws IOException {
		String expected = new String(getClass().getResourceAsStream("/resources/fixtures/symbols/anna-wendt-to-luise-wendt.symbols.txt").readAllBytes(),
				StandardCharsets.UTF_8);
		assertSymbols(ExampleCorpus.open("letters/1893-05-14-anna-wendt-to-luise-wendt.chancery"), expected);
	}

	@Test
	void theArticleOfTheExampleCorpus() throws IOException {
		String expected = new String(getClass().getResourceAsStream("/resources/fixtures/symbols/refugee-massacre-1917.symbols.txt").readAllBytes(),
				StandardCharsets.UTF_8);
		assertSymbols(ExampleCorpus.open("seeds/refugee-massacre-1917.chancery"), expected);
	}

	private static void assertSymbols(OpenFile file, String expected) {
		List<DocumentSymbol> symbols = ExampleCorpus.INJECTOR.getInstance(HierarchicalDocumentSymbolService.class)
				.getSymbols(file.resource(), CancelIndicator.NullImpl);
		StringBuilder printed = new StringBuilder();
		symbols.forEach(symbol -> print(symbol, 0, printed));
		assertEquals(expected, printed.toString());
	}

	private static void print(DocumentSymbol symbol, int depth, StringBuilder out) {
		out.append("  ".repeat(depth)).append(symbol.getName()).append(" · ")
				.append(symbol.getDetail() == null || symbol.getDetail().isEmpty() ? "-" : symbol.getDetail()).append(" · ")
				.append(symbol.getKind()).append(" · ").append(range(symbol.getRange()));
		if (!symbol.getSelectionRange().equals(symbol.getRange())) {
			out.append(" (").append(range(symbol.getSelectionRange())).append(')');
		}
		out.append('\n');
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> print(child, depth + 1, out));
		}
	}

	static String range(Range range) {
		return (range.getStart().getLine() + 1) + ":" + (range.getStart().getCharacter() + 1) + "-"
				+ (range.getEnd().getLine() + 1) + ":" + (range.getEnd().getCharacter() + 1);
	}
}

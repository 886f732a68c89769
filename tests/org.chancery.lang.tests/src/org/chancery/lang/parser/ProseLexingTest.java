package org.chancery.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.chancery.lang.parser.antlr.lexer.InternalChanceryLexer;
import org.junit.jupiter.api.Test;

/** The lexer's two modes, asserted as the token stream it emits (hidden whitespace left out). */
class ProseLexingTest {

	@Test
	void proseKeepsEveryCharacterBetweenTags() {
		assertTokens("text { A 9 June telegram from <zhu-ruichi|Zhu Ruichi> reads: } ",
				"Text", "{", "PROSE( A 9 June telegram from )", "<", "ID(zhu-ruichi)", "|", "PROSE(Zhu Ruichi)", ">",
				"PROSE( reads: )", "}");
	}

	@Test
	void blankLineSeparatesParagraphs() {
		assertTokens("text {First.\n\n   \n  Second.}", "Text", "{", "PROSE(First.)",
				"PARAGRAPH_BREAK(\n\n   \n  )", "PROSE(Second.)", "}");
	}

	@Test
	void keywordsAreProseInsideText() {
		assertTokens("text {person from date \"quoted\" // not a comment}", "Text", "{",
				"PROSE(person from date \"quoted\" // not a comment)", "}");
	}

	@Test
	void editorialBracketsAndLeidenSigns() {
		assertTokens("text {Kazakhs [sic] {x}⟨y⟩[^1]}", "Text", "{", "PROSE(Kazakhs )", "[", "PROSE(sic)", "]",
				"PROSE( )", "{", "PROSE(x)", "}", "⟨", "PROSE(y)", "⟩", "[^", "INT(1)", "]", "}");
	}

	@Test
	void backslashEscapesATagCharacter() {
		assertTokens("text {3 \\< 4}", "Text", "{", "PROSE(3 \\< 4)", "}");
	}

	@Test
	void metadataBlockIsCode() {
		assertTokens("letter x { title \"T\" summary { S } }", "Letter", "ID(x)", "{", "Title", "STRING(\"T\")",
				"Summary", "{", "PROSE( S )", "}", "}");
	}

	@Test
	void blankLineClosesAnUnclosedTag() {
		// the lexer closes the tag for the parser (an empty `>`) and reports it (an empty invalid token)
		assertTokens("text {<a|open\n\nnext}", "Text", "{", "<", "ID(a)", "|", "PROSE(open)", "INVALID()", ">",
				"PARAGRAPH_BREAK(\n\n)", "PROSE(next)", "}");
	}

	@Test
	void forgottenBraceEndsProseAtTheNextDeclaration() {
		assertTokens("text {open\nperson p {", "Text", "{", "PROSE(open\n)", "Person", "ID(p)", "{");
	}

	@Test
	void keywordAfterHyphenIsPartOfAnId() {
		assertTokens("letter 1944-03-23-letter { replies-to 1917-note }", "Letter", "INT(1944)", "-", "INT(03)", "-",
				"INT(23)", "-", "ID(letter)", "{", "Replies-to", "INT(1917)", "-", "ID(note)", "}");
	}

	@Test
	void tagWordsAreKeywordsInATagHeadOnly() {
		assertTokens("person add { } text {<add above|x><hi underline|y>}", "Person", "ID(add)", "{", "}", "Text", "{", "<", "Add",
				"Above", "|", "PROSE(x)", ">", "<", "Hi", "Underline", "|", "PROSE(y)", ">", "}");
	}

	@Test
	void tagWordsAreIdsInMetadataAndNoteMarkers() {
		assertTokens("letter l { from margin, label to rs text {[^lb]} }", "Letter", "ID(l)", "{", "From", "ID(margin)", ",",
				"ID(label)", "To", "ID(rs)", "Text", "{", "[^", "ID(lb)", "]", "}", "}");
	}

	@Test
	void idsContainingNewWordsStayIds() {
		assertTokens("from page-3, add-x, hand-a, x-postscript, 1893-del, 1893-opener", "From", "ID(page-3)", ",",
				"ID(add-x)", ",", "ID(hand-a)", ",", "ID(x-postscript)", ",", "INT(1893)", "-", "ID(del)", ",", "INT(1893)", "-",
				"ID(opener)");
	}

	@Test
	void aSuppliedReasonIsAKeywordAfterBrackets() {
		assertTokens("brackets damage from damage", "Brackets", "Damage", "From", "ID(damage)");
		assertTokens("brackets /* how */ illegible", "Brackets", "/* how */", "Illegible");
	}

	@Test
	void theBlocksOfALetterHoldProse() {
		assertTokens("heading {H} opener {O} closer {C} postscript {P} list {1. L} annotation clerk {A} note 1 editorial {N}",
				"Heading", "{", "PROSE(H)", "}", "Opener", "{", "PROSE(O)", "}", "Closer", "{", "PROSE(C)", "}", "Postscript", "{",
				"PROSE(P)", "}", "List", "{", "PROSE(1. L)", "}", "Annotation", "ID(clerk)", "{", "PROSE(A)", "}", "Note", "INT(1)",
				"Editorial", "{", "PROSE(N)", "}");
	}

	@Test
	void sessionsAndSectionsHoldBlocks() {
		assertTokens("session { section { text {x} } }", "Session", "{", "Section", "{", "Text", "{", "PROSE(x)", "}", "}", "}");
	}

	@Test
	void tagsWithoutWordsAndAFigureInTheText() {
		assertTokens("text {a<pb 2 \"p.jpg\">b<lb>c<hand clerk>d<figure|seal>}", "Text", "{", "PROSE(a)", "<", "Pb", "INT(2)",
				"STRING(\"p.jpg\")", ">", "PROSE(b)", "<", "Lb", ">", "PROSE(c)", "<", "Hand", "ID(clerk)", ">", "PROSE(d)", "<",
				"Figure", "|", "PROSE(seal)", ">", "}");
	}

	@Test
	void aFootnoteMarkerAfterTheTitle() {
		assertTokens("title \"T\" [^1] text {x}", "Title", "STRING(\"T\")", "[^", "INT(1)", "]", "Text", "{", "PROSE(x)", "}");
	}

	private static void assertTokens(String input, String... expected) {
		assertEquals(List.of(expected), tokens(input));
	}

	private static List<String> tokens(String input) {
		ChanceryLexer lexer = new ChanceryLexer(new ANTLRStringStream(input));
		List<String> result = new ArrayList<>();
		for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
			if (t.getType() != InternalChanceryLexer.RULE_WS) {
				result.add(describe(t));
			}
		}
		return result;
	}

	private static String describe(Token t) {
		return switch (t.getType()) {
			case InternalChanceryLexer.RULE_PROSE -> "PROSE(" + t.getText() + ")";
			case InternalChanceryLexer.RULE_PARAGRAPH_BREAK -> "PARAGRAPH_BREAK(" + t.getText() + ")";
			case InternalChanceryLexer.RULE_ID -> "ID(" + t.getText() + ")";
			case InternalChanceryLexer.RULE_INT -> "INT(" + t.getText() + ")";
			case InternalChanceryLexer.RULE_STRING -> "STRING(" + t.getText() + ")";
			case Token.INVALID_TOKEN_TYPE -> "INVALID(" + t.getText() + ")";
			default -> Character.isLetter(t.getText().charAt(0)) ? keywordName(t.getText()) : t.getText();
		};
	}

	private static String keywordName(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}

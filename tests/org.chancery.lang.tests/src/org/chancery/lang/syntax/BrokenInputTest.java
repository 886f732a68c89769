package org.chancery.lang.syntax;

import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Input broken as a new user breaks it, each with every issue it must give: the sentence, its
 * line and column, its code, and nothing else (no follow-up errors). Issue 19, items 3 and 7 to 9,
 * and issue 13's unbalanced constructs of the documentary layer.
 */
class BrokenInputTest {

	private static final String REGISTER = """
			person anna { name "Anna Wendt" }
			person luise { name "Luise Wendt" }
			""";

	/** A broken input and its issues as `line:column SEVERITY code message`, in order of position. */
	record BrokenInput(String name, String input, String... expected) {
	}

	static List<BrokenInput> inputs() {
		return List.of(
				// Item 7: a misspelt keyword gets the keyword meant; other words what may stand there
				new BrokenInput("recieved", "telegram t-1 {\n  title \"T\"\n  from anna\n  to luise\n  recieved 1942-05-02\n}\n", "5:3 ERROR chancery.syntax.unknown-word ‘recieved’ is not a word of the language here; did you mean ‘received’?"),
				new BrokenInput("titel", "telegram t-1 {\n  titel \"T\"\n  from anna\n  to luise\n  date 1942-05-02\n}\n", "2:3 ERROR chancery.syntax.unknown-word ‘titel’ is not a word of the language here; did you mean ‘title’?"),
				new BrokenInput("form", "letter l-1 { title \"T\" form anna to luise date 1893-05-14 text { Hi. } }\n", "1:24 ERROR chancery.syntax.unknown-word ‘form’ is not a word of the language here; did you mean ‘from’?"),
				new BrokenInput("txt", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  txt { Hi. }\n}\n", "2:3 ERROR chancery.syntax.unknown-word ‘txt’ is not a word of the language here; did you mean ‘text’?"),
				new BrokenInput("persn", "persn anna2 { name \"Anna\" }\n", "1:1 ERROR chancery.syntax.unknown-word ‘persn’ is not a word of the language here; did you mean ‘person’?"),
				new BrokenInput("nme", "person anna2 { nme \"Anna\" }\n", "1:16 ERROR chancery.syntax.unknown-word ‘nme’ is not a word of the language here; did you mean ‘name’?"),
				new BrokenInput("lettr", "lettr l-1 { title \"T\" }\n", "1:1 ERROR chancery.syntax.unknown-word ‘lettr’ is not a word of the language here; did you mean ‘letter’?"),
				new BrokenInput("udated", "letter l-1 { title \"T\" from anna to luise udated text { Hi. } }\n", "1:43 ERROR chancery.syntax.unknown-word ‘udated’ is not a word of the language here; did you mean ‘undated’?"),
				new BrokenInput("unknown word", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  colour \"red\"\n}\n", "2:3 ERROR chancery.syntax.unknown-word ‘colour’ is not a word of the language here. A document holds metadata such as title, from, to, date, sent, source, and blocks such as text { … } and note 1 { … }."),
				new BrokenInput("long word", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  titleeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee \"x\"\n}\n", "2:3 ERROR chancery.syntax.unknown-word ‘titleeeeeeeeeeeeeeeeeeeeeeeeee…’ is not a word of the language here. A document holds metadata such as title, from, to, date, sent, source, and blocks such as text { … } and note 1 { … }."),
				// Item 7: what was expected, in the words of docs/language.md; source quoted short, control characters escaped
				new BrokenInput("page", "letter l-1 { title \"T\" from anna to luise date 1893-05-14 source \"FRUS\" page }\n", "1:78 ERROR chancery.syntax.unexpected Expected a page such as 5 or 118-119 before ‘}’."),
				new BrokenInput("date words", "telegram t-1 { title \"T\" from anna to luise sent May 2, 1942 }\n", "1:50 ERROR chancery.syntax.unexpected ‘May’ is not a date: write a date such as 1942-05-02 (or 1942-05, or 1942)."),
				new BrokenInput("date slash", "telegram t-1 { title \"T\" from anna to luise sent 02/05/1942 }\n", "1:52 ERROR chancery.syntax.unexpected ‘/’ cannot stand in a date: write a date such as 1942-05-02 (or 1942-05, or 1942)."),
				new BrokenInput("empty date", "telegram t-1 { title \"T\" from anna to luise date }\n", "1:50 ERROR chancery.syntax.unexpected Expected a date such as 1942-05-02 before ‘}’."),
				new BrokenInput("no id", "letter { title \"T\" }\n", "1:8 ERROR chancery.syntax.unexpected Expected an id such as yang-zengxin before ‘{’."),
				new BrokenInput("missing bar", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <anna Anna> there. }\n}\n", "2:19 ERROR chancery.syntax.unexpected Expected ‘|’ before ‘Anna’: a tag's words follow a ‘|’, as in <yang-zengxin|Yang Zengxin>."),
				new BrokenInput("escape char", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  \u001B title \"T\"\n}\n", "2:3 ERROR chancery.syntax.unexpected ‘\\u001B’ cannot stand here. A document holds metadata such as title, from, to, date, sent, source, and blocks such as text { … } and note 1 { … }."),
				new BrokenInput("extraneous brace", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi. }\n}\n}\n", "4:1 ERROR chancery.syntax.unmatched-closing This ‘}’ closes nothing: remove it, or look above for the block it was meant to close."),
				// Lexer errors: an unclosed string or comment at its line, and nothing after it
				new BrokenInput("unclosed title", "letter l-1 { title \"Unclosed title\n  from anna to luise date 1893-05-14 text { Hi. } }\n", "1:20 ERROR chancery.syntax.unclosed-string This text in quotation marks is not closed: end it with ‘\"’ on the same line."),
				new BrokenInput("unclosed comment", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi. }\n} /* unclosed comment\n", "3:3 ERROR chancery.syntax.unclosed-comment This comment is not closed: end it with ‘*/’."),
				// Item 9: an unclosed bracket at its opening, a lone closing bracket suggests its escape
				new BrokenInput("unclosed mention", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Dear <anna|Anna wrote without closing the tag, and more words follow.\n\n  Next paragraph. }\n}\n", "2:15 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				new BrokenInput("unclosed bracket", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Dear [Anna wrote without closing the bracket.\n\n  Next. }\n}\n", "2:15 ERROR chancery.syntax.unclosed-bracket This bracket is not closed: end it with ‘]’ (a plain ‘[’ is written ‘\\[’)."),
				new BrokenInput("missing brace before note", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Anna wrote. See the note[^4].\n  note 4 { The note. }\n}\n", "2:8 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘text’ is not closed: end it with ‘}’."),
				new BrokenInput("missing brace at end", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi. }\n", "1:12 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘letter l-1’ is not closed: end it with ‘}’."),
				new BrokenInput("lone ]", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { A lone ] bracket. }\n}\n", "2:17 ERROR chancery.syntax.unmatched-closing This ‘]’ closes no bracket: write ‘\\]’ for a plain ‘]’."),
				new BrokenInput("lone >", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { A lone > sign. }\n}\n", "2:17 ERROR chancery.syntax.unmatched-closing This ‘>’ closes no tag: write ‘\\>’ for a plain ‘>’."),
				new BrokenInput("lone ⟩", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { A lone ⟩ sign. }\n}\n", "2:17 ERROR chancery.syntax.unmatched-closing This ‘⟩’ closes no ‘⟨’: write ‘\\⟩’ for a plain ‘⟩’."),
				new BrokenInput("unclosed tag at the end of the file", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <del|gestern",
						"2:8 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘text’ is not closed: end it with ‘}’.",
						"2:13 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				// Issue 13: the documentary layer's unbalanced constructs
				new BrokenInput("unclosed del", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <del|gestern. }\n}\n", "2:13 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				new BrokenInput("unclosed add", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <add above|schon. }\n}\n", "2:13 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				new BrokenInput("unclosed subst", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <subst|<del|a><add|b> weiter }\n}\n", "2:13 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				new BrokenInput("unclosed hi", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <hi underline|große Worte. }\n}\n", "2:13 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				new BrokenInput("unclosed quote", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Sie sagte <quote|„Ende gut. }\n}\n", "2:20 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				new BrokenInput("unclosed omission", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi ⟨a. }\n}\n", "2:13 ERROR chancery.syntax.unclosed-bracket This ‘⟨’ is not closed: end the letters the scribe omitted with ‘⟩’."),
				new BrokenInput("unclosed pb", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <pb 2 weiter. }\n}\n", "2:19 ERROR chancery.syntax.unexpected Expected ‘>’ here, not ‘weiter’."),
				new BrokenInput("unclosed note marker", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi[^1 weiter. }\n  note 1 { N. }\n}\n", "2:16 ERROR chancery.syntax.unexpected Expected ‘]’ here, not ‘weiter’."),
				new BrokenInput("unclosed note", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi[^1]. }\n  note 1 { The note.\n}\n", "3:10 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘note 1’ is not closed: end it with ‘}’."),
				new BrokenInput("unclosed opener", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  opener { <salute|Liebe Mama!>\n  text { Hi. }\n}\n", "2:10 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘opener’ is not closed: end it with ‘}’."),
				new BrokenInput("unclosed closer", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi. }\n  closer { <signed|Deine Anna>\n  postscript { P.S. }\n}\n", "3:10 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘closer’ is not closed: end it with ‘}’."),
				new BrokenInput("unclosed session", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  session {\n    text { Hi. }\n  session {\n    text { Ho. }\n  }\n}\n", "2:11 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘session’ is not closed: end it with ‘}’."),
				new BrokenInput("unclosed salute", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  opener { <salute|Liebe Mama! }\n  text { Hi. }\n}\n", "2:12 ERROR chancery.syntax.unclosed-tag This tag is not closed: end it with ‘>’ (a plain ‘<’ is written ‘\\<’)."),
				new BrokenInput("unclosed annotation", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi. }\n  annotation { b. 22. Mai\n}\n", "3:14 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘annotation’ is not closed: end it with ‘}’."),
				new BrokenInput("unclosed list", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  list { 1. Miete\n\n  2. Kohlen\n  text { Hi. }\n}\n", "2:8 ERROR chancery.syntax.unclosed-block The ‘{’ of ‘list’ is not closed: end it with ‘}’."),
				// Item 8: one error, one message; later real errors still come
				new BrokenInput("day 0", "letter l-1 { title \"T\" from anna to luise sent May 2, 1942 text { On the <date day 1|first>. } }\n", "1:48 ERROR chancery.syntax.unexpected ‘May’ is not a date: write a date such as 1942-05-02 (or 1942-05, or 1942)."),
				new BrokenInput("later errors still come", "telegram t-1 {\n  titel \"T\"\n  from anna to luise date 1942-05-02\n}\ntelegram t-2 {\n  title \"U\" from anna to luise date 1942-05-31\n  text { <anna|Ana> }\n}\n", "2:3 ERROR chancery.syntax.unknown-word ‘titel’ is not a word of the language here; did you mean ‘title’?", "7:11 WARNING chancery.name-mismatch ‘Ana’ is none of the names of ‘anna’ (Anna Wendt); add it as a variant, or check the id."),
				new BrokenInput("two documents two errors", "letter l-1 { title \"T\" form anna to luise date 1893-05-14 }\nletter l-2 { title \"T\" from anna to luise date 1893-02-30 }\n", "1:24 ERROR chancery.syntax.unknown-word ‘form’ is not a word of the language here; did you mean ‘from’?", "2:48 ERROR chancery.invalid-date There is no 30 February."),
				new BrokenInput("the rest of the document is still read", "telegram t-1 {\n  titel \"T\"\n  from anna\n  to nobdy\n  date 1942-05-02\n  text { <anna|Ana> }\n}\n",
						"2:3 ERROR chancery.syntax.unknown-word ‘titel’ is not a word of the language here; did you mean ‘title’?",
						"4:6 ERROR chancery.unresolved-reference No person or organisation has the id ‘nobdy’.",
						"6:11 WARNING chancery.name-mismatch ‘Ana’ is none of the names of ‘anna’ (Anna Wendt); add it as a variant, or check the id."),
				// Item 3: nesting limits
				new BrokenInput("seventeen nested tags", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { <hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|<hi|x>>>>>>>>>>>>>>>>> }\n}\n", "2:74 ERROR chancery.syntax.too-deep Tags and brackets nest more than 16 deep here: Chancery reads 16 levels, and leaves out what is nested deeper."),
				new BrokenInput("nine nested blocks", "letter d-1 {\nletter d-2 {\nletter d-3 {\nletter d-4 {\nletter d-5 {\nletter d-6 {\nletter d-7 {\nletter d-8 {\nletter d-9 {\n}\n}\n}\n}\n}\n}\n}\n}\n}\n", "9:12 ERROR chancery.syntax.too-deep Blocks nest more than 8 deep here: Chancery reads 8 levels, and leaves out the content of this block."),
				new BrokenInput("tag head without its bar", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { Hi <anna\n\n  Next. }\n}\n", "4:3 ERROR chancery.syntax.unexpected Expected ‘|’ before ‘Next’: a tag's words follow a ‘|’, as in <yang-zengxin|Yang Zengxin>."),
				new BrokenInput("bracket in metadata", "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  title \"U\" ]\n}\n", "2:13 ERROR chancery.syntax.unmatched-closing This ‘]’ closes nothing: remove it."));
	}

	@TestFactory
	Stream<DynamicTest> eachBrokenInputGivesExactlyItsIssues() {
		return inputs().stream().map(broken -> DynamicTest.dynamicTest(broken.name(),
				() -> assertEquals(List.of(broken.expected()), describe(issues(REGISTER, broken.input())))));
	}

	@Test
	void atLeastFortyBrokenInputsAndEveryOneAnError() {
		assertTrue(inputs().size() >= 40, "inputs: " + inputs().size());
		inputs().forEach(broken -> assertTrue(broken.expected().length > 0 && broken.expected()[0].contains("ERROR"), broken.name()));
	}

	private static List<String> describe(List<Issue> issues) {
		return issues.stream()
				.map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " " + issue.getCode() + " "
						+ issue.getMessage())
				.toList();
	}
}

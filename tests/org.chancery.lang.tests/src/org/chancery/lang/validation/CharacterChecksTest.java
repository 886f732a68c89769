package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.INVALID_CHARACTER;
import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Characters XML cannot carry are validation errors at their position, never a refusal at export only. */
class CharacterChecksTest {

	private static List<String> invalid(String text) {
		return issues("", text).stream().filter(i -> INVALID_CHARACTER.equals(i.getCode()))
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getOffset() + ":" + i.getLength() + " " + i.getMessage())
				.toList();
	}

	@Test
	void aControlCharacterInTheText() {
		String text = "document d {\n  title \"T\"\n  undated\n  text { ring\u0007 the bell }\n}\n";
		assertEquals(List.of("4:14 48:1 The character U+0007 cannot be written in XML; delete it (most editors do not show it)."),
				invalid(text));
	}

	@Test
	void controlsAndNoncharactersInAString() {
		String text = "document d {\n  title \"a\u0000b\uFFFEc\uFFFF\u001B\"\n  undated\n}\n";
		assertEquals(List.of(
				"2:11 23:1 The character U+0000 cannot be written in XML; delete it (most editors do not show it).",
				"2:13 25:1 The character U+FFFE cannot be written in XML; delete it (most editors do not show it).",
				"2:15 27:1 The character U+FFFF cannot be written in XML; delete it (most editors do not show it).",
				"2:16 28:1 The character U+001B cannot be written in XML; delete it (most editors do not show it)."), invalid(text));
	}

	@Test
	void escapesThatGiveNulOrHalfASurrogatePair() {
		String text = "document d {\n  title \"\\u0000 \\uD800 \\uDC00 \\uD83D\\uDE00 \\u00e9 \\t\"\n  undated\n}\n";
		assertEquals(List.of("2:10 22:6 The escape ‘\\u0000’ stands for U+0000, which cannot be written in XML.",
				"2:17 29:6 The escape ‘\\uD800’ is half of a surrogate pair without the other half, which cannot be written in XML.",
				"2:24 36:6 The escape ‘\\uDC00’ is half of a surrogate pair without the other half, which cannot be written in XML."),
				invalid(text));
	}

	@Test
	void tabsLineBreaksAndEveryOtherCharacterAreFine() {
		assertEquals(List.of(), invalid("document d {\n  title \"a\tb 😀 ⟨x⟩ \\u00e9\"\r\n  undated\n  text { tab\there\r\n }\n}\n"));
	}

	@Test
	void commentsAreNotExportedAndNotChecked() {
		assertEquals(List.of(), invalid("// a bell \u0007 in a comment\ndocument d {\n  title \"T\"\n  undated\n}\n"));
	}
}

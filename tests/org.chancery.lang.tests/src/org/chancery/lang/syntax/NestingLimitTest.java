package org.chancery.lang.syntax;

import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Constructs nest as deep as {@link NestingLimits} allow and no deeper: one error at the construct
 * that crosses the limit, and neither lexer, parser nor validation overflow at any depth.
 */
class NestingLimitTest {

	private static final String REGISTER = "person anna { name \"Anna Wendt\" }\nperson luise { name \"Luise Wendt\" }\n";

	private static final String HEAD = "letter l-1 { title \"T\" from anna to luise date 1893-05-14\n  text { ";

	private static String letter(String prose) {
		return HEAD + prose + " }\n}\n";
	}

	private static String nested(String open, String close, int depth) {
		return open.repeat(depth) + "x" + close.repeat(depth);
	}

	private static List<String> describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode()).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "<hi|;>", "[;]", "<anna|;>", "<quote|;>", "⟨;⟩", "{;}", "<del|;>", "<add above|;>" })
	void sixteenLevelsAreRead(String open, String close) {
		assertEquals(List.of(), describe(issues(REGISTER, letter(nested(open, close, NestingLimits.INLINE)))).stream()
				.filter(d -> d.contains("syntax")).toList());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "<hi|;>", "[;]", "<anna|;>", "<quote|;>", "⟨;⟩", "{;}" })
	void theSeventeenthIsOneErrorAtItsOpening(String open, String close) {
		String text = letter(nested(open, close, NestingLimits.INLINE + 1) + " and after it.");
		int column = "  text { ".length() + NestingLimits.INLINE * open.length() + 1;
		assertEquals(List.of("2:" + column + " " + SyntaxIssueCodes.TOO_DEEP), describe(issues(REGISTER, text)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "<hi|;>", "[;]", "<anna|;>", "<quote|;>", "⟨;⟩", "{;}" })
	void aHundredThousandLevelsAreOneErrorAndNoOverflow(String open, String close) {
		String text = letter(nested(open, close, 100_000));
		List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> issues(REGISTER, text));
		int column = "  text { ".length() + NestingLimits.INLINE * open.length() + 1;
		assertEquals(List.of("2:" + column + " " + SyntaxIssueCodes.TOO_DEEP), describe(issues));
		assertEquals("Tags and brackets nest more than 16 deep here: Chancery reads 16 levels, and leaves out what is nested deeper.",
				issues.get(0).getMessage());
	}

	@Test
	void anUnclosedDeepNestEndsWithItsParagraph() {
		String text = letter("<hi|".repeat(100_000) + "x\n\n  The next paragraph is <hi|read>.");
		List<String> expected = new java.util.ArrayList<>();
		for (int level = 1; level <= NestingLimits.INLINE; level++) {
			expected.add("2:" + ("  text { ".length() + (level - 1) * 4 + 1) + " " + SyntaxIssueCodes.UNCLOSED_TAG);
		}
		expected.add("2:" + ("  text { ".length() + NestingLimits.INLINE * 4 + 1) + " " + SyntaxIssueCodes.TOO_DEEP);
		assertEquals(expected, describe(issues(REGISTER, text)));
	}

	@Test
	void blocksNestEightDeep() {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= NestingLimits.BLOCKS - 1; i++) {
			text.append("letter d-").append(i).append(" { title \"T\" from anna to luise date 1893-05-14\n");
		}
		text.append("text { Innermost. }\n").append("}\n".repeat(NestingLimits.BLOCKS - 1));
		assertEquals(List.of(), describe(issues(REGISTER, text.toString())).stream().filter(d -> d.contains("syntax")).toList());
	}

	@Test
	void theNinthBlockIsOneErrorAtItsBrace() {
		String text = deepDocuments(NestingLimits.BLOCKS + 1);
		assertEquals(List.of((NestingLimits.BLOCKS + 1) + ":" + ("letter d-9 ".length() + 1) + " " + SyntaxIssueCodes.TOO_DEEP),
				describe(issues(REGISTER, text)).stream().filter(d -> d.contains("syntax")).toList());
	}

	@Test
	void aHundredThousandBlocksAreOneErrorAndNoOverflow() {
		String text = deepDocuments(100_000);
		List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> issues(REGISTER, text));
		assertEquals(List.of((NestingLimits.BLOCKS + 1) + ":" + ("letter d-9 ".length() + 1) + " " + SyntaxIssueCodes.TOO_DEEP),
				describe(issues).stream().filter(d -> d.contains("syntax")).toList());
	}

	/** Documents quoted as blocks inside one another, one a line. */
	private static String deepDocuments(int depth) {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= depth; i++) {
			text.append("letter d-").append(i).append(" {\n");
		}
		return text.append("}\n".repeat(depth)).toString();
	}
}

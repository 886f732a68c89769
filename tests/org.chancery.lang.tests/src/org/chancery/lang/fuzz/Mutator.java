package org.chancery.lang.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Breaks a transcription as typing, pasting and bad tools do: characters and lines deleted,
 * inserted, duplicated, swapped; the brackets of the language; truncation; NUL, lone surrogates,
 * byte-order marks, CRLF, very long lines and deep nesting. Seeded: one seed, one sequence of inputs.
 */
final class Mutator {

	/** The characters the language treats specially, and those that break files and terminals. */
	private static final String[] SPECIAL = { "<", ">", "[", "]", "{", "}", "⟨", "⟩", "\\", "|", "\"", "[^", "\n", "\n\n",
			"\r", "\t", "\u0000", "\uD800", "\uDC00", "\uFEFF", "\u001B", "\u0007", "\uFFFF", "é", "-", "?", "//", "/*", "*/",
			" ", "a", "1", "<hi|", "<del|", "<pb 2>", "<lb>" };

	/** Openings and closings for deep nesting. */
	private static final String[][] NESTS = { { "<hi|", ">" }, { "[", "]" }, { "{", "}" }, { "⟨", "⟩" }, { "<quote|", ">" },
			{ "<del|", ">" }, { "letter n {\n", "}\n" } };

	private final Random random;
	private final int maxNesting;

	Mutator(long seed, int maxNesting) {
		this.random = new Random(seed);
		this.maxNesting = maxNesting;
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	/** One to three mutations of the text. */
	String mutate(String text) {
		String result = text;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			result = once(result);
		}
		return result;
	}

	private String once(String text) {
		int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
		return switch (random.nextInt(15)) {
			case 0 -> delete(text, at, 1 + random.nextInt(12));
			case 1, 2 -> insert(text, at, SPECIAL[random.nextInt(SPECIAL.length)]);
			case 3 -> duplicate(text, at, 1 + random.nextInt(40));
			case 4 -> swapCharacters(text);
			case 5 -> lines(text, Op.DELETE);
			case 6 -> lines(text, Op.DUPLICATE);
			case 7 -> lines(text, Op.SWAP);
			case 8 -> text.substring(0, at);
			case 9 -> text.replace("\n", "\r\n");
			case 10 -> insert(text, at, (random.nextBoolean() ? "x" : "abc ").repeat(1_000 + random.nextInt(50_000)));
			case 11 -> nest(text, at);
			case 12 -> "\uFEFF" + text;
			case 13 -> insert(text, at, String.valueOf((char) random.nextInt(0x20)));
			default -> insert(text, at, random.nextBoolean() ? "\uD800" : "\u0000");
		};
	}

	private static String delete(String text, int at, int length) {
		return text.substring(0, at) + text.substring(Math.min(text.length(), at + length));
	}

	private static String insert(String text, int at, String inserted) {
		return text.substring(0, at) + inserted + text.substring(at);
	}

	private static String duplicate(String text, int at, int length) {
		String part = text.substring(at, Math.min(text.length(), at + length));
		return text.substring(0, at) + part + part + text.substring(at + part.length());
	}

	private String swapCharacters(String text) {
		if (text.length() < 2) {
			return text;
		}
		char[] chars = text.toCharArray();
		int a = random.nextInt(chars.length);
		int b = random.nextInt(chars.length);
		char c = chars[a];
		chars[a] = chars[b];
		chars[b] = c;
		return new String(chars);
	}

	private enum Op {
		DELETE, DUPLICATE, SWAP
	}

	private String lines(String text, Op op) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int a = random.nextInt(lines.size());
		int b = random.nextInt(lines.size());
		switch (op) {
			case DELETE -> lines.remove(a);
			case DUPLICATE -> lines.add(a, lines.get(a));
			case SWAP -> Collections.swap(lines, a, b);
		}
		return String.join("\n", lines);
	}

	private String nest(String text, int at) {
		String[] nest = NESTS[random.nextInt(NESTS.length)];
		int depth = 1 + random.nextInt(maxNesting);
		boolean closed = random.nextBoolean();
		return insert(text, at, nest[0].repeat(depth) + "x" + (closed ? nest[1].repeat(depth) : ""));
	}
}

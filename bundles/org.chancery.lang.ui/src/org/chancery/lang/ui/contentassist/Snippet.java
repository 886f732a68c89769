package org.chancery.lang.ui.contentassist;

import java.util.ArrayList;
import java.util.List;

/**
 * An LSP snippet ({@code between ${1:yyyy-mm-dd} and ${2:yyyy-mm-dd}}, {@code stalin|$0>}) as the
 * text to insert and its tab stops: placeholders numbered from 1, and the final caret ($0, or the
 * end).
 */
public record Snippet(String text, List<TabStop> tabStops, int exit) {

	/** A placeholder: its number, and where its text is in {@link Snippet#text()}. */
	public record TabStop(int number, int offset, int length) {
	}

	public static Snippet parse(String snippet) {
		StringBuilder text = new StringBuilder();
		List<TabStop> stops = new ArrayList<>();
		int exit = -1;
		int i = 0;
		while (i < snippet.length()) {
			char c = snippet.charAt(i);
			if (c == '\\' && i + 1 < snippet.length() && "$}\\".indexOf(snippet.charAt(i + 1)) >= 0) {
				text.append(snippet.charAt(i + 1));
				i += 2;
			} else if (c == '$' && i + 1 < snippet.length() && Character.isDigit(snippet.charAt(i + 1))) {
				int end = i + 1;
				while (end < snippet.length() && Character.isDigit(snippet.charAt(end))) {
					end++;
				}
				int number = Integer.parseInt(snippet.substring(i + 1, end));
				if (number == 0) {
					exit = text.length();
				} else {
					stops.add(new TabStop(number, text.length(), 0));
				}
				i = end;
			} else if (c == '$' && snippet.startsWith("${", i)) {
				int colon = snippet.indexOf(':', i);
				int close = snippet.indexOf('}', i);
				if (close < 0) {
					text.append(c);
					i++;
					continue;
				}
				boolean hasDefault = colon > 0 && colon < close;
				int number = Integer.parseInt(snippet.substring(i + 2, hasDefault ? colon : close));
				String placeholder = hasDefault ? snippet.substring(colon + 1, close) : "";
				if (number == 0) {
					exit = text.length();
				} else {
					stops.add(new TabStop(number, text.length(), placeholder.length()));
				}
				text.append(placeholder);
				i = close + 1;
			} else {
				text.append(c);
				i++;
			}
		}
		stops.sort((a, b) -> Integer.compare(a.number(), b.number()));
		return new Snippet(text.toString(), stops, exit < 0 ? text.length() : exit);
	}
}

package org.chancery.lang.syntax;

/**
 * Source text as a message quotes it: at most {@link #MAX_CODE_POINTS} characters with an
 * ellipsis, and every character a terminal would act on (ESC, BEL, line breaks, lone surrogates,
 * direction marks) shown as an escape, so that a message can never retitle or clear a terminal.
 */
public final class SourceQuote {

	static final int MAX_CODE_POINTS = 30;

	private SourceQuote() {
	}

	/** The text shortened and escaped, between ‘ and ’. */
	public static String quoted(String text) {
		return "‘" + shortened(text) + "’";
	}

	public static String shortened(String text) {
		StringBuilder out = new StringBuilder();
		int count = 0;
		for (int i = 0; i < text.length();) {
			if (count == MAX_CODE_POINTS) {
				return out.append('…').toString();
			}
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(i + 1));
				i += 2;
			} else {
				appendEscaped(out, c);
				i++;
			}
			count++;
		}
		return out.toString();
	}

	private static void appendEscaped(StringBuilder out, char c) {
		switch (c) {
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (needsEscape(c)) {
					out.append(String.format("\\u%04X", (int) c));
				} else {
					out.append(c);
				}
			}
		}
	}

	private static boolean needsEscape(char c) {
		int type = Character.getType(c);
		return Character.isISOControl(c) || Character.isSurrogate(c) || type == Character.FORMAT
				|| type == Character.UNASSIGNED || c == '\uFFFE' || c == '\uFFFF';
	}
}

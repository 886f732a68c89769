package org.chancery.lang.export;

/**
 * Escapes text for XML 1.0. Markup characters become entities; in attribute values also quotes
 * and the whitespace an XML parser would otherwise normalise to a space, so that every value
 * reads back exactly. Characters XML 1.0 cannot carry at all are refused rather than dropped:
 * export must not lose text silently.
 */
public final class XmlEscaping {

	private XmlEscaping() {
	}

	public static String text(String text) {
		return escape(text, false);
	}

	public static String attribute(String value) {
		return escape(value, true);
	}

	private static String escape(String value, boolean attribute) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '&' -> out.append("&amp;");
				// always escaped: "]]>" must not appear in text, and '>' costs nothing elsewhere
				case '>' -> out.append("&gt;");
				case '"' -> out.append(attribute ? "&quot;" : "\"");
				case '\t' -> out.append(attribute ? "&#9;" : "\t");
				case '\n' -> out.append(attribute ? "&#10;" : "\n");
				// a literal CR would be read back as LF by any parser
				case '\r' -> out.append("&#13;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
						out.append(c).append(value.charAt(++i));
					} else if (allowed(c)) {
						out.append(c);
					} else {
						throw new IllegalArgumentException(String.format(
								"the character U+%04X cannot be written in XML (at position %d of “%s”)", (int) c, i + 1,
								value.length() > 40 ? value.substring(0, 40) + "…" : value));
					}
				}
			}
		}
		return out.toString();
	}

	/** XML 1.0's Char production, for characters of the Basic Multilingual Plane. */
	private static boolean allowed(char c) {
		return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
	}
}

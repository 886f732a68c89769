package org.chancery.lang.export;

import java.util.Map;

/**
 * Writes an {@link XmlElement} tree as a UTF-8 XML document. Layout never touches text: an element
 * holding only elements is indented, one child a line; an element holding any text (mixed
 * content, such as a paragraph) is written exactly as built, with no whitespace added anywhere
 * inside it, so that the text of the export is the text of the transcription.
 */
public final class XmlSerializer {

	private static final String INDENT = "  ";

	private XmlSerializer() {
	}

	public static String serialize(XmlElement root) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		write(root, 0, false, out);
		out.append('\n');
		return out.toString();
	}

	private static void write(XmlElement element, int depth, boolean inline, StringBuilder out) {
		out.append('<').append(element.name());
		for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
			out.append(' ').append(attribute.getKey()).append("=\"").append(XmlEscaping.attribute(attribute.getValue()))
					.append('"');
		}
		if (element.children().isEmpty()) {
			out.append("/>");
			return;
		}
		out.append('>');
		boolean mixed = inline || element.children().stream().anyMatch(String.class::isInstance);
		for (Object child : element.children()) {
			if (!mixed) {
				out.append('\n').append(INDENT.repeat(depth + 1));
			}
			if (child instanceof XmlElement childElement) {
				write(childElement, depth + 1, mixed, out);
			} else {
				out.append(XmlEscaping.text((String) child));
			}
		}
		if (!mixed) {
			out.append('\n').append(INDENT.repeat(depth));
		}
		out.append("</").append(element.name()).append('>');
	}
}

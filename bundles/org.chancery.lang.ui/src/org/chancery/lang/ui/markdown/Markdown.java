package org.chancery.lang.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML, for what Chancery writes in Markdown: hovers (the ide layer's text) and the
 * user documentation (docs/*.md, shown by the help system). The subset: ATX headings, paragraphs,
 * bullet and numbered lists, fenced code blocks, pipe tables, and inline code, **bold**,
 * *emphasis*, links, images and backslash escapes. Anything else is text, escaped.
 */
public final class Markdown {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");

	private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");

	private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

	private Markdown() {
	}

	/** The HTML of a Markdown text (a fragment: no html or body element). */
	public static String toHtml(String markdown) {
		String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
		StringBuilder html = new StringBuilder();
		List<String> paragraph = new ArrayList<>();
		int i = 0;
		while (i < lines.length) {
			String line = lines[i];
			Matcher heading = HEADING.matcher(line);
			if (line.strip().startsWith("```")) {
				flush(paragraph, html);
				StringBuilder code = new StringBuilder();
				i++;
				while (i < lines.length && !lines[i].strip().startsWith("```")) {
					code.append(escape(lines[i])).append('\n');
					i++;
				}
				html.append("<pre><code>").append(code).append("</code></pre>\n");
				i++;
			} else if (line.isBlank()) {
				flush(paragraph, html);
				i++;
			} else if (heading.matches()) {
				flush(paragraph, html);
				int level = heading.group(1).length();
				html.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level)
						.append(">\n");
				i++;
			} else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
				flush(paragraph, html);
				boolean numbered = !BULLET.matcher(line).matches();
				Pattern item = numbered ? NUMBERED : BULLET;
				html.append(numbered ? "<ol>\n" : "<ul>\n");
				while (i < lines.length && item.matcher(lines[i]).matches()) {
					StringBuilder text = new StringBuilder(item.matcher(lines[i]).replaceFirst("$1"));
					i++;
					// continuation lines, indented, belong to the item
					while (i < lines.length && !lines[i].isBlank() && Character.isWhitespace(lines[i].charAt(0))
							&& !item.matcher(lines[i]).matches()) {
						text.append(' ').append(lines[i].strip());
						i++;
					}
					html.append("<li>").append(inline(text.toString())).append("</li>\n");
				}
				html.append(numbered ? "</ol>\n" : "</ul>\n");
			} else if (line.strip().startsWith("|") && i + 1 < lines.length && TABLE_RULE.matcher(lines[i + 1]).matches()) {
				flush(paragraph, html);
				html.append("<table>\n<tr>");
				for (String cell : cells(line)) {
					html.append("<th>").append(inline(cell)).append("</th>");
				}
				html.append("</tr>\n");
				i += 2;
				while (i < lines.length && lines[i].strip().startsWith("|")) {
					html.append("<tr>");
					for (String cell : cells(lines[i])) {
						html.append("<td>").append(inline(cell)).append("</td>");
					}
					html.append("</tr>\n");
					i++;
				}
				html.append("</table>\n");
			} else {
				paragraph.add(line.strip());
				i++;
			}
		}
		flush(paragraph, html);
		return html.toString();
	}

	private static void flush(List<String> paragraph, StringBuilder html) {
		if (!paragraph.isEmpty()) {
			html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
			paragraph.clear();
		}
	}

	/** The cells of a table row: split at | outside code spans, "\|" kept as a bar. */
	private static List<String> cells(String row) {
		String trimmed = row.strip();
		if (trimmed.startsWith("|")) {
			trimmed = trimmed.substring(1);
		}
		if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean code = false;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (c == '\\' && i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '|') {
				cell.append("\\|");
				i++;
			} else if (c == '`') {
				code = !code;
				cell.append(c);
			} else if (c == '|' && !code) {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

	/** Inline markup of one block's text. */
	static String inline(String text) {
		StringBuilder html = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && "\\`*_[]()<>#|!{}+-.".indexOf(text.charAt(i + 1)) >= 0) {
				html.append(escape(String.valueOf(text.charAt(i + 1))));
				i += 2;
			} else if (c == '`') {
				int close = text.indexOf('`', i + 1);
				if (close < 0) {
					html.append('`');
					i++;
				} else {
					html.append("<code>").append(escape(text.substring(i + 1, close))).append("</code>");
					i = close + 1;
				}
			} else if (text.startsWith("**", i) && text.indexOf("**", i + 2) > i + 2) {
				int close = text.indexOf("**", i + 2);
				html.append("<b>").append(inline(text.substring(i + 2, close))).append("</b>");
				i = close + 2;
			} else if ((c == '*' || c == '_') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
					&& (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && text.indexOf(c, i + 1) > i + 1) {
				int close = text.indexOf(c, i + 1);
				html.append("<i>").append(inline(text.substring(i + 1, close))).append("</i>");
				i = close + 1;
			} else if ((c == '[' || (c == '!' && text.startsWith("[", i + 1))) && link(text, i) != null) {
				int[] link = link(text, i);
				boolean image = c == '!';
				String label = text.substring(i + (image ? 2 : 1), link[0]);
				String target = text.substring(link[0] + 2, link[1]);
				if (image) {
					html.append("<img src=\"").append(escape(target)).append("\" alt=\"").append(escape(label)).append("\"/>");
				} else {
					html.append("<a href=\"").append(escape(target)).append("\">").append(inline(label)).append("</a>");
				}
				i = link[1] + 1;
			} else {
				html.append(escape(String.valueOf(c)));
				i++;
			}
		}
		return html.toString();
	}

	/** For "[label](target)" at the index: the index of "]" and of ")", or null. */
	private static int[] link(String text, int start) {
		int close = text.indexOf("](", start);
		if (close < 0) {
			return null;
		}
		int end = text.indexOf(')', close + 2);
		return end < 0 ? null : new int[] { close, end };
	}

	public static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}

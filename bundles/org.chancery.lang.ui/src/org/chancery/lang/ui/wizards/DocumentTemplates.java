package org.chancery.lang.ui.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The starting text of a new document, per kind: the metadata that kind needs (a telegram a sender,
 * a recipient and dates; a conversation its participants), with placeholders to overwrite. The
 * ids in it are ids of the corpus ({@link TemplateIds}), so that a template saved as it is holds
 * no error; the editor opens it in linked mode, Tab going from one placeholder to the next.
 */
public final class DocumentTemplates {

	private DocumentTemplates() {
	}

	/** A template's text and its placeholders, in the order Tab visits them. */
	public record Template(String text, List<Placeholder> placeholders) {
	}

	/** A placeholder's place in the text; those of the same name are edited together. */
	public record Placeholder(String name, int offset, int length) {
	}

	/** The kinds offered, keyword → label. */
	public static Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("telegram", "Telegram");
		kinds.put("letter", "Letter");
		kinds.put("conversation", "Record of conversation");
		kinds.put("meeting", "Record of meeting");
		kinds.put("minutes", "Minutes");
		kinds.put("decision", "Decision / resolution");
		kinds.put("report", "Report");
		kinds.put("memorandum", "Memorandum");
		kinds.put("article", "Article");
		kinds.put("document", "Catalogue entry");
		return kinds;
	}

	/** The template's text alone. */
	public static String forKind(String kind, String id) {
		return template(kind, id, TemplateIds.PLACEHOLDERS).text();
	}

	public static Template template(String kind, String id, TemplateIds ids) {
		Builder text = new Builder();
		text.append(kind + " " + id + " {\n  title \"");
		text.placeholder("title", kinds().getOrDefault(kind, "Document") + " …");
		text.append("\"\n");
		switch (kind) {
			case "telegram" -> {
				text.append("  from ").placeholder("sender", ids.sender()).append(" at ").placeholder("from-place", ids.place());
				text.append("\n  to ").placeholder("recipient", ids.recipient()).append(" at ").placeholder("to-place", ids.place());
				text.append("\n  sent ").placeholder("sent", "1917-06-12");
				text.append("\n  received ").placeholder("received", "1917-06-13").append("\n");
			}
			case "letter", "memorandum", "report" -> {
				text.append("  from ").placeholder("sender", ids.sender());
				text.append("\n  to ").placeholder("recipient", ids.recipient());
				text.append("\n  date ").placeholder("date", "1942-07-03").append("\n");
			}
			case "conversation", "meeting" -> {
				text.append("  participants ").placeholder("first", ids.sender()).append(", ")
						.placeholder("second", ids.recipient()).append(" at ").placeholder("place", ids.place());
				text.append("\n  date ").placeholder("date", "1947-01-12");
				text.append("\n  event ").placeholder("event", "1947-01-07").append("\n");
			}
			case "minutes", "decision" -> {
				text.append("  from ").placeholder("sender", ids.organisation());
				text.append("\n  date ").placeholder("date", "1934-04-01").append("\n");
			}
			case "document" -> text.append("  undated\n");
			default -> text.append("  date ").placeholder("date", "1917").append("\n");
		}
		text.append("  language ").placeholder("language", "en").append("\n  source \"").placeholder("source", "citation")
				.append("\" page ").placeholder("page", "1").append("\n\n");
		if (kind.equals("conversation") || kind.equals("meeting")) {
			text.append("  turn ").placeholder("first", ids.sender()).append(" \"").placeholder("speaker", "Speaker")
					.append("\" {\n    ").placeholder("words", "What was said …").append("\n  }\n");
		} else {
			text.append("  text {\n    ").placeholder("words", "The text as transcribed …").append("\n  }\n");
		}
		text.append("}\n");
		return new Template(text.text.toString(), List.copyOf(text.placeholders));
	}

	/** Writes a template and remembers where its placeholders are. */
	private static final class Builder {

		private final StringBuilder text = new StringBuilder();

		private final List<Placeholder> placeholders = new ArrayList<>();

		Builder append(String part) {
			text.append(part);
			return this;
		}

		Builder placeholder(String name, String value) {
			placeholders.add(new Placeholder(name, text.length(), value.length()));
			text.append(value);
			return this;
		}
	}
}

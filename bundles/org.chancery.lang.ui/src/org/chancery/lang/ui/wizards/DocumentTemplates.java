package org.chancery.lang.ui.wizards;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The starting text of a new document, per kind: the metadata that kind needs (a telegram a sender,
 * a recipient and dates; a conversation its participants), with placeholders to overwrite.
 */
public final class DocumentTemplates {

	private DocumentTemplates() {
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

	public static String forKind(String kind, String id) {
		StringBuilder text = new StringBuilder();
		text.append(kind).append(' ').append(id).append(" {\n");
		text.append("  title \"").append(kinds().getOrDefault(kind, "Document")).append(" …\"\n");
		switch (kind) {
			case "telegram" -> text.append("  from sender-id at place-id\n  to recipient-id at place-id\n")
					.append("  sent 1917-06-12\n  received 1917-06-13\n");
			case "letter", "memorandum", "report" -> text.append("  from sender-id\n  to recipient-id\n  date 1942-07-03\n");
			case "conversation", "meeting" -> text.append("  participants first-person-id, second-person-id at place-id\n")
					.append("  date 1947-01-12\n  event 1947-01-07\n");
			case "minutes", "decision" -> text.append("  from organisation-id\n  date 1934-04-01\n");
			case "document" -> text.append("  undated\n");
			default -> text.append("  date 1917\n");
		}
		text.append("  language en\n  source \"citation\" page 1\n\n");
		if (kind.equals("conversation") || kind.equals("meeting")) {
			text.append("  turn first-person-id \"Speaker\" {\n    What was said …\n  }\n");
		} else {
			text.append("  text {\n    The text as transcribed …\n  }\n");
		}
		text.append("}\n");
		return text.toString();
	}
}

package org.chancery.lang.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Aliases;
import org.chancery.lang.chancery.AuthorityId;
import org.chancery.lang.chancery.Coordinates;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.EntryNote;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Identification;
import org.chancery.lang.chancery.Office;
import org.chancery.lang.chancery.Variants;
import org.chancery.lang.ide.labels.ChanceryLabels;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The Markdown of hovers. An entry's card: preferred name, kind and id, then a list item each for
 * variants, aliases, offices (with organisation and span), authority ids, coordinates, the note
 * on an uncertain identification, and the register note, where the entry has them. A document:
 * its metadata line (kind, title, dates, who wrote to whom) under its id. A hand: its description
 * and writer.
 */
@Singleton
public class ChanceryHoverText {

	@Inject
	private ChanceryLabels labels;

	public String entryCard(Entry entry) {
		List<String> lines = new ArrayList<>();
		lines.add("**" + escape(labels.preferredName(entry)) + "** (" + labels.kind(entry) + " `" + entry.getName() + "`)");
		List<String> facts = new ArrayList<>();
		addFact(facts, "Variants", values(entry, Variants.class));
		addFact(facts, "Aliases", values(entry, Aliases.class));
		addFact(facts, "Offices", properties(entry, Office.class).stream().map(this::office).toList());
		addFact(facts, "Authority ids", properties(entry, AuthorityId.class).stream().map(ChanceryHoverText::authorityId).toList());
		addFact(facts, "Coordinates", properties(entry, Coordinates.class).stream()
				.map(c -> c.getLatitude() + ", " + c.getLongitude()).toList());
		addFact(facts, "Identification", properties(entry, Identification.class).stream().map(Identification::getValue).toList());
		addFact(facts, "Note", properties(entry, EntryNote.class).stream().map(EntryNote::getValue).toList());
		if (!facts.isEmpty()) {
			lines.add(String.join("\n", facts));
		}
		return String.join("\n\n", lines);
	}

	/** A hand: its description and writer, where the declaration gives them, under its id. */
	public String handCard(Hand hand) {
		String writer = hand.getWriter() == null || hand.getWriter().eIsProxy() ? "" : ", of " + labels.preferredName(hand.getWriter());
		return "**" + escape(hand.getDescription() == null ? hand.getName() : hand.getDescription()) + "** (hand `" + hand.getName()
				+ "`" + escape(writer) + ")";
	}

	public String documentLine(AbstractDocument document) {
		return "`" + document.getName() + "`\n\n" + escape(labels.metadataLine(document));
	}

	private static void addFact(List<String> facts, String heading, List<String> values) {
		if (!values.isEmpty()) {
			facts.add("- " + heading + ": " + escape(String.join("; ", values)));
		}
	}

	private static List<String> values(Entry entry, Class<?> type) {
		return entry.getProperties().stream().filter(type::isInstance).flatMap(p -> switch (p) {
			case Variants v -> v.getValues().stream();
			case Aliases a -> a.getValues().stream();
			default -> java.util.stream.Stream.<String>empty();
		}).collect(Collectors.toList());
	}

	private static <T> List<T> properties(Entry entry, Class<T> type) {
		return entry.getProperties().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** "Deputy Foreign Minister, Ministry of Foreign Affairs …, 1912–1928". */
	private String office(Office office) {
		StringBuilder text = new StringBuilder(office.getTitle());
		if (office.getOrganisation() != null) {
			text.append(", ").append(office.getOrganisation().eIsProxy() ? "?" : labels.preferredName(office.getOrganisation()));
		}
		if (office.getStart() != null || office.getEnd() != null) {
			text.append(", ").append(office.getStart() == null ? "" : labels.date(office.getStart())).append("–")
					.append(office.getEnd() == null ? "" : labels.date(office.getEnd()));
		}
		return text.toString();
	}

	private static String authorityId(AuthorityId id) {
		String scheme = switch (id.getScheme()) {
			case WIKIDATA -> "Wikidata";
			case VIAF -> "VIAF";
			case GND -> "GND";
			case GEONAMES -> "GeoNames";
		};
		return scheme + " " + id.getCode();
	}

	/** Names and titles are the historian's text, not Markdown: "VKP(b)" or "*" must print as typed. */
	static String escape(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
	}
}

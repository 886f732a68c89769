package org.chancery.lang.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.Referable;

/**
 * The element of a mention, by what it names: {@code persName}, {@code placeName}, {@code orgName},
 * {@code title} for a publication, {@code ref} for a document; {@code name} for referents of
 * different kinds or none in the corpus (a forced export keeps the words). A referring expression
 * that is not a name ({@code <rs mother|Mama>}) is {@code rs} typed by its referents' kind. Every
 * referent is in {@code @ref} ({@code @target} of a {@code ref}); an uncertain identification gets
 * {@code cert="low"}.
 */
final class TeiMentions {

	private TeiMentions() {
	}

	static XmlElement element(Mention mention) {
		List<Referable> targets = mention.getTargets().stream().filter(target -> target != null && !target.eIsProxy()).toList();
		String kind = commonKind(targets);
		XmlElement element;
		if (targets.isEmpty()) {
			element = new XmlElement(mention.isReferring() ? "rs" : "name");
		} else if (mention.isReferring()) {
			element = new XmlElement("rs").attribute("type", kind).attribute("ref", pointers(targets));
		} else {
			element = switch (kind == null ? "" : kind) {
				case "person" -> new XmlElement("persName").attribute("ref", pointers(targets));
				case "place" -> new XmlElement("placeName").attribute("ref", pointers(targets));
				case "organisation" -> new XmlElement("orgName").attribute("ref", pointers(targets));
				case "publication" -> new XmlElement("title").attribute("ref", pointers(targets));
				case "document" -> new XmlElement("ref").attribute("target", pointers(targets));
				default -> new XmlElement("name").attribute("ref", pointers(targets));
			};
		}
		return element.attribute("cert", mention.isUncertain() ? "low" : null);
	}

	/** The kind all referents share, or null. */
	private static String commonKind(List<Referable> targets) {
		List<String> kinds = targets.stream().map(TeiMentions::kind).distinct().toList();
		return kinds.size() == 1 ? kinds.get(0) : null;
	}

	private static String kind(Referable target) {
		return switch (target) {
			case Person p -> "person";
			case Place p -> "place";
			case Organisation o -> "organisation";
			case Publication p -> "publication";
			case AbstractDocument d -> "document";
			default -> target.eClass().getName().toLowerCase(Locale.ROOT);
		};
	}

	private static String pointers(List<Referable> targets) {
		return targets.stream().map(TeiMentions::pointer).collect(Collectors.joining(" "));
	}

	private static String pointer(Referable target) {
		return target instanceof AbstractDocument document ? TeiReferences.fileOf(document)
				: TeiReferences.refOf((org.chancery.lang.chancery.Entry) target);
	}
}

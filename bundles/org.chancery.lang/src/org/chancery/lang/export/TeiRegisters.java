package org.chancery.lang.export;

import java.util.List;
import java.util.Locale;

import org.chancery.lang.chancery.Aliases;
import org.chancery.lang.chancery.AuthorityId;
import org.chancery.lang.chancery.Born;
import org.chancery.lang.chancery.Coordinates;
import org.chancery.lang.chancery.Died;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.EntryNote;
import org.chancery.lang.chancery.EntryProperty;
import org.chancery.lang.chancery.Identification;
import org.chancery.lang.chancery.Office;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.PreferredName;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.chancery.Variants;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * {@code registers.xml}: every register entry of the corpus, with {@code xml:id} = its id, in
 * {@code listPerson}, {@code listPlace}, {@code listOrg} and {@code listBibl}. Names are typed
 * {@code preferred}, {@code variant}, {@code alias}; offices are {@code occupation} (dated, the
 * organisation in {@code @ref}); authority ids {@code idno}; coordinates {@code location/geo};
 * an uncertain identification {@code note type="identification"}.
 */
public final class TeiRegisters {

	public XmlElement registers(List<Entry> entries) {
		XmlElement tei = TeiDocumentFile.root();
		XmlElement fileDesc = tei.element("teiHeader").element("fileDesc");
		fileDesc.element("titleStmt").element("title").text("Registers: persons, places, organisations and sources");
		fileDesc.element("publicationStmt").element("p").text("Registers exported from Chancery.");
		fileDesc.element("sourceDesc").element("p").text("The registers of the Chancery corpus.");
		XmlElement body = tei.element("text").element("body");
		list(entries, Person.class, "listPerson", body);
		list(entries, Place.class, "listPlace", body);
		list(entries, Organisation.class, "listOrg", body);
		list(entries, Publication.class, "listBibl", body);
		if (body.children().isEmpty()) {
			body.element("p");
		}
		TeiDocumentFile.declareJulianCalendarIfUsed(tei);
		return tei;
	}

	private void list(List<Entry> entries, Class<? extends Entry> type, String listName, XmlElement body) {
		List<? extends Entry> ofType = entries.stream().filter(type::isInstance).map(type::cast).toList();
		if (ofType.isEmpty()) {
			return;
		}
		XmlElement list = body.element(listName);
		ofType.forEach(entry -> list.add(entry(entry)));
	}

	private XmlElement entry(Entry entry) {
		return switch (entry) {
			case Person person -> named(person, "person", "persName");
			case Place place -> named(place, "place", "placeName");
			case Organisation organisation -> named(organisation, "org", "orgName");
			case Publication publication -> bibl(publication);
			default -> throw new IllegalArgumentException(entry.eClass().getName());
		};
	}

	/**
	 * A person, place or organisation. Names first, then the rest in the order written, except
	 * that a place's notes and ids follow its location as TEI's place requires.
	 */
	private XmlElement named(Entry entry, String elementName, String nameElement) {
		XmlElement element = new XmlElement(elementName).attribute("xml:id", TeiReferences.xmlId(entry.getName()));
		for (EntryProperty property : entry.getProperties()) {
			switch (property) {
				// a name left empty (only a forced export meets one) is the id
				case PreferredName name -> element.element(nameElement).attribute("type", "preferred")
						.text(name.getValue() != null ? name.getValue() : entry.getName());
				case Variants variants -> variants.getValues()
						.forEach(value -> element.element(nameElement).attribute("type", "variant").text(value));
				case Aliases aliases -> aliases.getValues()
						.forEach(value -> element.element(nameElement).attribute("type", "alias").text(value));
				default -> {
				}
			}
		}
		List<EntryProperty> rest = entry.getProperties().stream()
				.filter(p -> !(p instanceof PreferredName || p instanceof Variants || p instanceof Aliases)).toList();
		rest.stream().filter(p -> !(p instanceof EntryNote || p instanceof Identification || p instanceof AuthorityId))
				.forEach(property -> property(property, element));
		rest.stream().filter(p -> p instanceof EntryNote || p instanceof Identification || p instanceof AuthorityId)
				.forEach(property -> property(property, element));
		return element;
	}

	private void property(EntryProperty property, XmlElement element) {
		switch (property) {
			case Office office -> office(office, element);
			case Born born -> TeiDateAttributes.apply(born.getDate(), element.element("birth"));
			case Died died -> TeiDateAttributes.apply(died.getDate(), element.element("death"));
			case AuthorityId id -> element.element("idno").attribute("type", id.getScheme().getLiteral()).text(id.getCode());
			case Coordinates coordinates -> element.element("location").element("geo")
					.text(coordinates.getLatitude() + " " + coordinates.getLongitude());
			case Identification identification -> element.element("note").attribute("type", "identification")
					.text(identification.getValue());
			case EntryNote note -> element.element("note").text(note.getValue());
			case Title title -> element.element("note").attribute("type", "title").text(title.getValue());
			default -> throw new IllegalArgumentException(property.eClass().getName());
		}
	}

	/** {@code office "…" of org from a to b}: {@code @from}/{@code @to}, the organisation in {@code @ref}. */
	private void office(Office office, XmlElement element) {
		XmlElement occupation = element.element("occupation");
		if (office.getOrganisation() != null && !office.getOrganisation().eIsProxy()) {
			occupation.attribute("ref", "#" + TeiReferences.xmlId(office.getOrganisation().getName()));
		}
		if (office.getStart() != null) {
			var start = TeiDateAttributes.of(office.getStart());
			occupation.attribute("from", first(start.get("when"), start.get("from"), start.get("notBefore")));
		}
		if (office.getEnd() != null) {
			var end = TeiDateAttributes.of(office.getEnd());
			occupation.attribute("to", first(end.get("when"), end.get("to"), end.get("notAfter")));
		}
		occupation.text(office.getTitle());
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private XmlElement bibl(Publication publication) {
		XmlElement bibl = new XmlElement("bibl").attribute("xml:id", TeiReferences.xmlId(publication.getName()));
		for (EntryProperty property : publication.getProperties()) {
			switch (property) {
				case Title title -> bibl.element("title").text(title.getValue());
				case PreferredName name -> bibl.element("title").attribute("type", "short").text(name.getValue());
				case Variants variants -> variants.getValues().forEach(v -> bibl.element("title").attribute("type", "alt").text(v));
				case Aliases aliases -> aliases.getValues().forEach(v -> bibl.element("title").attribute("type", "alt").text(v));
				case AuthorityId id -> bibl.element("idno").attribute("type", id.getScheme().getLiteral()).text(id.getCode());
				case EntryNote note -> bibl.element("note").text(note.getValue());
				case Identification identification -> bibl.element("note").attribute("type", "identification")
						.text(identification.getValue());
				// what only persons and places have (offices, dates, coordinates): kept as written
				default -> bibl.element("note").attribute("type", property.eClass().getName().toLowerCase(Locale.ROOT))
						.text(NodeModelUtils.getTokenText(NodeModelUtils.getNode(property)));
			}
		}
		return bibl;
	}
}

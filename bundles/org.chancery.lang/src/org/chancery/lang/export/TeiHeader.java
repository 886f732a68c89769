package org.chancery.lang.export;

import java.util.List;
import java.util.Optional;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Agent;
import org.chancery.lang.chancery.Ciphered;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.DocumentNumber;
import org.chancery.lang.chancery.Edition;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.LanguageDeclaration;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Participants;
import org.chancery.lang.chancery.Party;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.RepliesTo;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.chancery.Source;
import org.chancery.lang.chancery.Summary;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.chancery.Translation;
import org.chancery.lang.chancery.Undated;
import org.chancery.lang.chancery.Url;
import org.chancery.lang.model.Correspondence;
import org.chancery.lang.model.DocumentMetadata;

/**
 * The {@code teiHeader} of a document's TEI file: title; the source ({@code sourceDesc/bibl}
 * with {@code biblScope}); for a quoted document the document it is quoted in; summary as
 * {@code abstract}; the dates of writing and of the recorded event in {@code creation}; the hands
 * in {@code handNotes}; language; kind; senders, recipients and replies in {@code correspDesc}; participants in
 * {@code particDesc}. Register entries are named by their preferred name and point at
 * {@code registers.xml}.
 */
public final class TeiHeader {

	private final TeiInline inline;
	private final TeiRegisterNames names;

	public TeiHeader(TeiInline inline, TeiRegisterNames names) {
		this.inline = inline;
		this.names = names;
	}

	/** The header of the document, with what its edition (if one covers it) says of the edition. */
	public XmlElement header(AbstractDocument document, Optional<Edition> edition) {
		XmlElement header = new XmlElement("teiHeader");
		XmlElement fileDesc = header.element("fileDesc");
		XmlElement titleStmt = fileDesc.element("titleStmt");
		XmlElement title = titleStmt.element("title").text(TeiDocuments.title(document));
		// a footnote on the title stands after it, as in the edition's heading
		DocumentMetadata.first(document, Title.class).map(Title::getNote)
				.ifPresent(marker -> inline.append(List.<Inline>of(marker), title));
		TeiEdition.responsibilities(edition, titleStmt);
		fileDesc.add(TeiEdition.publicationStmt(edition, TeiReferences.fileOf(document)));
		XmlElement seriesStmt = TeiEdition.seriesStmt(edition);
		if (seriesStmt != null) {
			fileDesc.add(seriesStmt);
		}
		sourceDesc(document, fileDesc.element("sourceDesc"));
		profileDesc(document, header.element("profileDesc"));
		XmlElement revisionDesc = TeiEdition.revisionDesc(edition);
		if (revisionDesc != null) {
			header.add(revisionDesc);
		}
		return header;
	}

	private void sourceDesc(AbstractDocument document, XmlElement sourceDesc) {
		List<Source> sources = DocumentMetadata.all(document, Source.class);
		boolean described = !sources.isEmpty() || DocumentMetadata.has(document, DocumentNumber.class) || DocumentMetadata.has(document, Url.class)
				|| DocumentMetadata.has(document, Translation.class) || languages(document).stream().anyMatch(l -> l.getOriginal() != null);
		if (described) {
			XmlElement bibl = sourceDesc.element("bibl");
			sources.forEach(source -> source(source, bibl));
			DocumentMetadata.all(document, DocumentNumber.class)
					.forEach(number -> bibl.element("idno").attribute("type", "number").text(number.getValue()));
			DocumentMetadata.all(document, Url.class).forEach(url -> bibl.element("ptr").attribute("target", url.getValue()));
			languages(document).stream().filter(l -> l.getOriginal() != null)
					.forEach(language -> bibl.element("textLang").attribute("mainLang", language.getOriginal()));
			DocumentMetadata.all(document, Translation.class)
					.forEach(translation -> bibl.element("note").attribute("type", "translation").text(translation.getValue()));
		}
		AbstractDocument container = TeiDocuments.container(document);
		if (container != null) {
			sourceDesc.element("bibl").attribute("type", "quotedIn").element("ref")
					.attribute("target", TeiReferences.fileOf(container)).text(TeiDocuments.title(container));
		}
		if (sourceDesc.children().isEmpty()) {
			sourceDesc.element("p").text("No source is stated.");
		}
	}

	private void source(Source source, XmlElement bibl) {
		if (source.getPublication() != null && !source.getPublication().eIsProxy()) {
			bibl.element("title").attribute("ref", TeiReferences.refOf(source.getPublication()))
					.text(names.title(source.getPublication()));
		} else if (source.getCitation() != null) {
			bibl.element("title").text(source.getCitation());
		}
		if (source.getVolume() != null) {
			bibl.element("biblScope").attribute("unit", "volume").text(source.getVolume());
		}
		if (source.getPages() != null) {
			String[] pages = source.getPages().split("-", 2);
			bibl.element("biblScope").attribute("unit", "page").attribute("from", pages[0])
					.attribute("to", pages.length == 2 ? pages[1] : pages[0]).text(source.getPages());
		}
	}

	private void profileDesc(AbstractDocument document, XmlElement profileDesc) {
		DocumentMetadata.all(document, Summary.class).forEach(summary -> {
			XmlElement abstractElement = profileDesc.element("abstract");
			summary.getParagraphs().forEach(paragraph -> abstractElement.add(inline.paragraph(paragraph)));
		});
		creation(document, profileDesc);
		XmlElement handNotes = TeiHands.handNotes(document);
		if (handNotes != null) {
			profileDesc.add(handNotes);
		}
		List<LanguageDeclaration> languages = languages(document);
		if (!languages.isEmpty()) {
			XmlElement langUsage = profileDesc.element("langUsage");
			languages.forEach(language -> langUsage.element("language").attribute("ident", language.getLanguage()));
		}
		XmlElement keywords = profileDesc.element("textClass").element("keywords");
		keywords.element("term").attribute("type", "kind").text(document.getKind().getLiteral());
		if (DocumentMetadata.has(document, Ciphered.class)) {
			keywords.element("term").attribute("type", "ciphered").text("ciphered");
		}
		correspDesc(document, profileDesc);
		particDesc(document, profileDesc);
	}

	private void creation(AbstractDocument document, XmlElement profileDesc) {
		XmlElement creation = new XmlElement("creation");
		DocumentMetadata.date(document, DateRole.WRITTEN).ifPresent(date -> TeiDateAttributes.apply(date.getDate(), creation.element("date")));
		DocumentMetadata.date(document, DateRole.EVENT).ifPresent(
				date -> TeiDateAttributes.apply(date.getDate(), creation.element("date").attribute("type", "event")));
		if (DocumentMetadata.has(document, Undated.class)) {
			creation.element("date").attribute("type", "undated");
		}
		if (!creation.children().isEmpty()) {
			profileDesc.add(creation);
		}
	}

	private void correspDesc(AbstractDocument document, XmlElement profileDesc) {
		List<Senders> senders = DocumentMetadata.all(document, Senders.class);
		List<Recipients> recipients = DocumentMetadata.all(document, Recipients.class);
		List<RepliesTo> replies = DocumentMetadata.all(document, RepliesTo.class);
		boolean sent = !senders.isEmpty() || DocumentMetadata.date(document, DateRole.SENT).isPresent();
		// a letter's date is its sending date unless `sent` says otherwise, in TEI as in CMIF
		boolean received = !recipients.isEmpty() || DocumentMetadata.date(document, DateRole.RECEIVED).isPresent();
		if (!sent && !received && replies.isEmpty()) {
			return;
		}
		XmlElement correspDesc = profileDesc.element("correspDesc");
		if (sent) {
			XmlElement action = correspDesc.element("correspAction").attribute("type", "sent");
			senders.forEach(s -> parties(s.getParties(), s.getPlace(), action));
			Correspondence.sent(document).ifPresent(date -> TeiDateAttributes.apply(date.getDate(), action.element("date")));
		}
		if (received) {
			XmlElement action = correspDesc.element("correspAction").attribute("type", "received");
			recipients.forEach(r -> parties(r.getParties(), r.getPlace(), action));
			DocumentMetadata.date(document, DateRole.RECEIVED).ifPresent(date -> TeiDateAttributes.apply(date.getDate(), action.element("date")));
		}
		if (!replies.isEmpty()) {
			XmlElement context = correspDesc.element("correspContext");
			replies.stream().flatMap(r -> r.getDocuments().stream()).filter(target -> !target.eIsProxy())
					.forEach(target -> context.element("ref").attribute("type", "prev")
							.attribute("target", TeiReferences.fileOf(target)).text(TeiDocuments.title(target)));
			if (context.children().isEmpty()) {
				correspDesc.children().remove(context);
			}
		}
	}

	/** Each party by name, with the office it held as the document states it; then the place. */
	private void parties(List<Party> parties, Place place, XmlElement parent) {
		for (Party party : parties) {
			XmlElement name = agentName(party.getAgent());
			if (name == null) {
				continue;
			}
			parent.add(name);
			if (party.getOffice() != null) {
				parent.element("note").attribute("type", "office").attribute("target", name.attribute("ref")).text(party.getOffice());
			}
		}
		if (place != null && !place.eIsProxy()) {
			parent.element("placeName").attribute("ref", TeiReferences.refOf(place)).text(names.preferred(place));
		}
	}

	private void particDesc(AbstractDocument document, XmlElement profileDesc) {
		List<Participants> participants = DocumentMetadata.all(document, Participants.class);
		if (participants.isEmpty()) {
			return;
		}
		XmlElement particDesc = profileDesc.element("particDesc");
		XmlElement persons = new XmlElement("listPerson");
		XmlElement organisations = new XmlElement("listOrg");
		for (Participants group : participants) {
			for (Party party : group.getParties()) {
				XmlElement name = agentName(party.getAgent());
				if (name == null) {
					continue;
				}
				XmlElement participant = party.getAgent() instanceof Person ? persons.element("person") : organisations.element("org");
				participant.add(name);
				if (party.getOffice() != null) {
					participant.element("note").attribute("type", "office").text(party.getOffice());
				}
			}
		}
		if (!persons.children().isEmpty()) {
			particDesc.add(persons);
		}
		if (!organisations.children().isEmpty()) {
			particDesc.add(organisations);
		}
		participants.stream().map(Participants::getPlace).filter(place -> place != null && !place.eIsProxy()).findFirst()
				.ifPresent(place -> profileDesc.element("settingDesc").element("setting").element("placeName")
						.attribute("ref", TeiReferences.refOf(place)).text(names.preferred(place)));
		if (particDesc.children().isEmpty()) {
			profileDesc.children().remove(particDesc);
		}
	}

	/** {@code persName} or {@code orgName} with the entry's preferred name; null if unresolved. */
	private XmlElement agentName(Agent agent) {
		return switch (agent) {
			case Person person when !person.eIsProxy() -> new XmlElement("persName").attribute("ref", TeiReferences.refOf(person))
					.text(names.preferred(person));
			case Organisation organisation when !organisation.eIsProxy() -> new XmlElement("orgName")
					.attribute("ref", TeiReferences.refOf(organisation)).text(names.preferred(organisation));
			case null, default -> null;
		};
	}


	private static List<LanguageDeclaration> languages(AbstractDocument document) {
		return DocumentMetadata.all(document, LanguageDeclaration.class);
	}
}

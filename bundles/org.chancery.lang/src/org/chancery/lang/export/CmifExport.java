package org.chancery.lang.export;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Agent;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Party;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.chancery.Source;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.model.DocumentMetadata;

/**
 * The Correspondence Metadata Interchange Format for the whole corpus: one {@code correspDesc}
 * per document with senders or recipients, pointing at the document's TEI file ({@code @ref})
 * and at the edition it is cited from ({@code @source}, a {@code sourceDesc/bibl}). Names carry
 * authority URIs where the register has them; the sending date is the dispatch date, else the
 * date of writing; dates are Gregorian, as CMIF requires, and any doubt is {@code cert="low"}.
 */
public final class CmifExport implements CorpusFormat {

	public static final String FILE_NAME = "cmif.xml";
	private static final String CORPUS_SOURCE_ID = "chancery-corpus";
	private static final Set<String> W3C_DATE_ATTRIBUTES = Set.of("when", "notBefore", "notAfter", "from", "to");

	private final Clock clock;
	private final TeiRegisterNames names = new TeiRegisterNames();

	public CmifExport(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String label() {
		return "cmif";
	}

	@Override
	public void write(Corpus corpus, ExportSink sink, ExportProgress progress) throws IOException {
		TeiDocuments.requireIds(corpus.resources());
		List<AbstractDocument> letters = TeiDocuments.all(corpus.resources()).stream()
				.filter(d -> !DocumentMetadata.all(d, Senders.class).isEmpty() || !DocumentMetadata.all(d, Recipients.class).isEmpty())
				.toList();
		XmlElement tei = TeiDocumentFile.root();
		XmlElement header = tei.element("teiHeader");
		XmlElement fileDesc = header.element("fileDesc");
		XmlElement titleStmt = fileDesc.element("titleStmt");
		titleStmt.element("title").text("Correspondence metadata of the Chancery corpus");
		titleStmt.element("editor").text("Chancery");
		XmlElement publicationStmt = fileDesc.element("publicationStmt");
		publicationStmt.element("publisher").text("Chancery");
		publicationStmt.element("idno").attribute("type", "url").text(FILE_NAME);
		publicationStmt.element("date").attribute("when", LocalDate.now(clock).toString());
		publicationStmt.element("availability").element("licence")
				.attribute("target", "https://creativecommons.org/licenses/by/4.0/")
				.text("This file is licensed under the terms of the Creative Commons Licence CC BY 4.0");
		XmlElement sourceDesc = fileDesc.element("sourceDesc");
		Map<String, String> sources = sources(letters);
		// CMIF requires the medium; the register does not state it: an edition counts as print,
		// the corpus itself as online
		sources.forEach((id, title) -> sourceDesc.element("bibl")
				.attribute("type", id.equals(CORPUS_SOURCE_ID) ? "online" : "print").attribute("xml:id", id).text(title));
		XmlElement profileDesc = header.element("profileDesc");
		for (AbstractDocument letter : letters) {
			profileDesc.add(correspDesc(letter));
		}
		tei.element("text").element("body").element("p");
		sink.write(FILE_NAME, tei);
		progress.produced(1, 1);
	}

	/** The bibl of each edition letters are cited from, and one for the corpus itself. */
	private Map<String, String> sources(List<AbstractDocument> letters) {
		Map<String, String> sources = new LinkedHashMap<>();
		for (AbstractDocument letter : letters) {
			Optional<Publication> publication = publication(letter);
			if (publication.isPresent()) {
				sources.putIfAbsent(TeiReferences.xmlId(publication.get().getName()), names.title(publication.get()));
			} else {
				sources.putIfAbsent(CORPUS_SOURCE_ID, "The Chancery corpus");
			}
		}
		if (sources.isEmpty()) {
			sources.put(CORPUS_SOURCE_ID, "The Chancery corpus");
		}
		return sources;
	}

	private static Optional<Publication> publication(AbstractDocument document) {
		return DocumentMetadata.all(document, Source.class).stream().map(Source::getPublication)
				.filter(p -> p != null && !p.eIsProxy()).findFirst();
	}

	private XmlElement correspDesc(AbstractDocument letter) {
		String source = publication(letter).map(p -> TeiReferences.xmlId(p.getName())).orElse(CORPUS_SOURCE_ID);
		XmlElement correspDesc = new XmlElement("correspDesc").attribute("ref", TeiReferences.fileOf(letter))
				.attribute("source", "#" + source);
		XmlElement sent = correspDesc.element("correspAction").attribute("type", "sent");
		DocumentMetadata.all(letter, Senders.class).forEach(s -> parties(s.getParties(), s.getPlace(), sent));
		date(letter, DateRole.SENT).or(() -> date(letter, DateRole.WRITTEN)).ifPresent(date -> date(date, sent));
		XmlElement received = correspDesc.element("correspAction").attribute("type", "received");
		DocumentMetadata.all(letter, Recipients.class).forEach(r -> parties(r.getParties(), r.getPlace(), received));
		date(letter, DateRole.RECEIVED).ifPresent(date -> date(date, received));
		// CMIF wants something in each action
		correspDesc.children().removeIf(action -> ((XmlElement) action).children().isEmpty());
		return correspDesc;
	}

	private void parties(List<Party> parties, Place place, XmlElement action) {
		for (Party party : parties) {
			Agent agent = party.getAgent();
			if (agent instanceof Person person && !person.eIsProxy()) {
				name("persName", person, action);
			} else if (agent instanceof Organisation organisation && !organisation.eIsProxy()) {
				name("orgName", organisation, action);
			}
		}
		if (place != null && !place.eIsProxy()) {
			name("placeName", place, action);
		}
	}

	private void name(String element, Entry entry, XmlElement action) {
		action.element(element).attribute("ref", AuthorityUris.refOf(entry)).text(names.preferred(entry));
	}

	private static void date(DateSpec date, XmlElement action) {
		XmlElement element = new XmlElement("date");
		TeiDateAttributes.of(date).forEach((name, value) -> {
			if (name.equals("cert")) {
				// CMIF knows one degree of doubt (its schema allows only "low", though its own
				// example uses "medium"): "c." and "?" both become it
				element.attribute(name, "low");
			} else if (W3C_DATE_ATTRIBUTES.contains(name)) {
				element.attribute(name, value);
			}
		});
		if (!element.attributes().isEmpty()) {
			action.add(element);
		}
	}

	private static Optional<DateSpec> date(AbstractDocument document, DateRole role) {
		return DocumentMetadata.date(document, role).map(DateField::getDate);
	}
}

package org.chancery.lang.export;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.chancery.lang.chancery.Edition;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Licence;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Party;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.ResponsibilityRole;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.chancery.Source;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.edition.EditionFacts;
import org.chancery.lang.edition.Editions;
import org.chancery.lang.edition.Licences;
import org.chancery.lang.model.Correspondence;
import org.chancery.lang.model.DocumentMetadata;

/**
 * The Correspondence Metadata Interchange Format for the whole corpus: one {@code correspDesc}
 * per letter or telegram ({@link Correspondence}; other documents are left out), pointing at the document's published TEI file
 * ({@code @ref}, under the edition's base URL)
 * and at the edition it is cited from ({@code @source}, a {@code sourceDesc/bibl}). Names carry
 * authority URIs where the register has them; the sending date is the dispatch date, else the
 * date of writing; dates are Gregorian, as CMIF requires, and any doubt is {@code cert="low"}.
 * The header is the edition declaration's: without one that covers every document and states a
 * title, an editor, a publisher and a base URL, the export is refused rather than invent them.
 */
public final class CmifExport implements CorpusFormat {

	public static final String FILE_NAME = "cmif.xml";
	private static final String CORPUS_SOURCE_ID = "chancery-corpus";
	private static final Set<String> W3C_DATE_ATTRIBUTES = Set.of("when", "notBefore", "notAfter", "from", "to");

	private final Clock clock;
	private final TeiRegisterNames names = new TeiRegisterNames();
	private int leftOut;

	public CmifExport(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String label() {
		return "cmif";
	}

	@Override
	public Optional<String> refusal(Corpus corpus) {
		return edition(corpus).isPresent() ? Optional.empty() : Optional.of(whyNoEdition(corpus));
	}

	@Override
	public void write(Corpus corpus, ExportSink sink, ExportProgress progress) throws IOException {
		TeiDocuments.requireIds(corpus.resources());
		Edition edition = edition(corpus).orElseThrow(() -> new IOException(whyNoEdition(corpus)));
		String baseUrl = EditionFacts.baseUrl(edition).orElseThrow();
		// CMIF describes letters: minutes, decisions, articles and records are left out
		List<AbstractDocument> documents = TeiDocuments.all(corpus.resources());
		List<AbstractDocument> letters = documents.stream().filter(Correspondence::is).toList();
		leftOut = documents.size() - letters.size();
		XmlElement tei = TeiDocumentFile.root();
		XmlElement header = tei.element("teiHeader");
		XmlElement fileDesc = header.element("fileDesc");
		XmlElement titleStmt = fileDesc.element("titleStmt");
		titleStmt.element("title").text(EditionFacts.title(edition).orElseThrow());
		EditionFacts.responsible(edition, ResponsibilityRole.EDITOR)
				.forEach(editor -> titleStmt.element("editor").attribute("ref", EditionFacts.orcidUri(editor)).text(editor.getName()));
		XmlElement publicationStmt = fileDesc.element("publicationStmt");
		EditionFacts.publishers(edition).forEach(publisher -> publicationStmt.element("publisher").text(publisher));
		publicationStmt.element("idno").attribute("type", "url").text(baseUrl + FILE_NAME);
		publicationStmt.element("date").attribute("when", LocalDate.now(clock).toString());
		availability(edition, publicationStmt.element("availability"));
		XmlElement sourceDesc = fileDesc.element("sourceDesc");
		Map<String, String> sources = sources(letters, EditionFacts.title(edition).orElseThrow());
		// CMIF requires the medium; the register does not state it: an edition counts as print,
		// the corpus itself as online
		sources.forEach((id, title) -> sourceDesc.element("bibl")
				.attribute("type", id.equals(CORPUS_SOURCE_ID) ? "online" : "print").attribute("xml:id", id).text(title));
		XmlElement profileDesc = header.element("profileDesc");
		for (AbstractDocument letter : letters) {
			profileDesc.add(correspDesc(letter, baseUrl));
		}
		tei.element("text").element("body").element("p");
		sink.write(FILE_NAME, tei);
		progress.produced(1, 1);
	}

	@Override
	public Optional<String> remark() {
		return leftOut == 0 ? Optional.empty()
				: Optional.of(leftOut + (leftOut == 1 ? " document" : " documents") + " that " + (leftOut == 1 ? "is" : "are")
						+ " not a letter or telegram left out");
	}

	/**
	 * The licence the edition states; without one the file says so ({@code status="unknown"})
	 * rather than claim one. It is still valid CMIF, but correspSearch takes only files under a
	 * free licence (CC BY 4.0, CC0): the editors have to state it.
	 */
	private static void availability(Edition edition, XmlElement availability) {
		Optional<Licence> licence = EditionFacts.licence(edition);
		if (licence.isPresent() && Licences.url(licence.get().getValue()).isPresent()) {
			TeiEdition.licence(licence.get(), availability);
		} else {
			availability.attribute("status", "unknown").element("p").text("The edition states no licence for these metadata.");
		}
	}

	/** The one edition that covers every document, complete enough for a CMIF header. */
	private static Optional<Edition> edition(Corpus corpus) {
		Editions editions = Editions.in(corpus.resources());
		if (editions.all().size() != 1) {
			return Optional.empty();
		}
		Edition edition = editions.all().get(0);
		boolean complete = EditionFacts.title(edition).isPresent() && !EditionFacts.responsible(edition, ResponsibilityRole.EDITOR).isEmpty()
				&& !EditionFacts.publishers(edition).isEmpty() && EditionFacts.baseUrl(edition).isPresent();
		boolean coversAll = TeiDocuments.all(corpus.resources()).stream().allMatch(d -> editions.covering(d).isPresent());
		return complete && coversAll ? Optional.of(edition) : Optional.empty();
	}

	/** Why {@link #edition(Corpus)} found none, in words that say what to write. */
	private static String whyNoEdition(Corpus corpus) {
		Editions editions = Editions.in(corpus.resources());
		String prefix = "CMIF export refused: ";
		if (editions.all().isEmpty()) {
			return prefix + "the corpus declares no edition, and a CMIF file names the edition's title, editors, publisher, "
					+ "licence and address, which Chancery does not invent. Declare them in a file of their own: "
					+ "edition { title \"…\" editor \"…\" publisher \"…\" base-url \"https://…/\" licence \"CC-BY-4.0\" }";
		}
		if (editions.all().size() > 1) {
			return prefix + "the corpus declares " + editions.all().size() + " editions (in "
					+ String.join(", ", editions.all().stream().map(e -> e.eResource().getURI().trimSegments(1).lastSegment()).toList())
					+ "), and a CMIF file describes one: export each edition's folder on its own.";
		}
		Edition edition = editions.all().get(0);
		List<String> missing = new ArrayList<>();
		if (EditionFacts.title(edition).isEmpty()) {
			missing.add("title \"…\"");
		}
		if (EditionFacts.responsible(edition, ResponsibilityRole.EDITOR).isEmpty()) {
			missing.add("editor \"…\"");
		}
		if (EditionFacts.publishers(edition).isEmpty()) {
			missing.add("publisher \"…\"");
		}
		if (EditionFacts.baseUrl(edition).isEmpty()) {
			missing.add("base-url \"https://…/\"");
		}
		if (!missing.isEmpty()) {
			return prefix + "the edition does not state what a CMIF header needs: add " + String.join(", ", missing)
					+ " to the edition declaration.";
		}
		AbstractDocument outside = TeiDocuments.all(corpus.resources()).stream().filter(d -> editions.covering(d).isEmpty()).findFirst()
				.orElseThrow();
		return prefix + "‘" + outside.getName() + "’ (" + outside.eResource().getURI().lastSegment()
				+ ") lies outside the folder of the edition's declaration, so no edition covers it.";
	}

	/** The bibl of each edition letters are cited from, and one for the edition itself. */
	private Map<String, String> sources(List<AbstractDocument> letters, String editionTitle) {
		Map<String, String> sources = new LinkedHashMap<>();
		for (AbstractDocument letter : letters) {
			Optional<Publication> publication = publication(letter);
			if (publication.isPresent()) {
				sources.putIfAbsent(TeiReferences.xmlId(publication.get().getName()), names.title(publication.get()));
			} else {
				sources.putIfAbsent(CORPUS_SOURCE_ID, editionTitle);
			}
		}
		if (sources.isEmpty()) {
			sources.put(CORPUS_SOURCE_ID, editionTitle);
		}
		return sources;
	}

	private static Optional<Publication> publication(AbstractDocument document) {
		return DocumentMetadata.all(document, Source.class).stream().map(Source::getPublication)
				.filter(p -> p != null && !p.eIsProxy()).findFirst();
	}

	private XmlElement correspDesc(AbstractDocument letter, String baseUrl) {
		String source = publication(letter).map(p -> TeiReferences.xmlId(p.getName())).orElse(CORPUS_SOURCE_ID);
		XmlElement correspDesc = new XmlElement("correspDesc").attribute("ref", baseUrl + TeiReferences.fileOf(letter))
				.attribute("source", "#" + source);
		XmlElement sent = correspDesc.element("correspAction").attribute("type", "sent");
		DocumentMetadata.all(letter, Senders.class).forEach(s -> parties(s.getParties(), s.getPlace(), sent));
		Correspondence.sent(letter).map(DateField::getDate).ifPresent(date -> date(date, sent));
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

package org.chancery.lang.ide.labels;

import java.util.List;
import java.util.stream.Collectors;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Agent;
import org.chancery.lang.chancery.Annotation;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Closer;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chancery.Edition;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.DivisionKind;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Figure;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Heading;
import org.chancery.lang.chancery.ItemList;
import org.chancery.lang.chancery.Metadatum;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.Opener;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.PageBreak;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Participants;
import org.chancery.lang.chancery.Party;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Postscript;
import org.chancery.lang.chancery.PreferredName;
import org.chancery.lang.chancery.ProseBlock;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.chancery.SpeakerTurn;
import org.chancery.lang.chancery.Summary;
import org.chancery.lang.chancery.TextBlock;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.chancery.Undated;
import org.chancery.lang.edition.EditionFacts;
import org.chancery.lang.model.DocumentMetadata;
import org.chancery.lang.model.Hands;
import org.chancery.lang.naming.NameMatching;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Singleton;

/**
 * The words every view of the corpus uses for its elements: the outline (document symbols here,
 * the Eclipse outline in the ui bundle), hovers and content-assist labels. One place, so that a
 * document is called the same everywhere.
 *
 * <p>Names never resolve anything the caller has not resolved already except cross-references
 * of the element itself (a document's senders); an unresolved reference is shown by its id.
 */
@Singleton
public class ChanceryLabels {

	/** The outline node grouping a document's metadata lines. */
	public static final String METADATA = "metadata";

	/** The characters of prose an excerpt keeps at most, before it is cut at a word. */
	private static final int EXCERPT_LENGTH = 48;

	/** The short name of an element: what an outline row or a proposal starts with. */
	public String name(EObject element) {
		return switch (element) {
			case Entry entry -> preferredName(entry);
			case Edition edition -> EditionFacts.title(edition).orElse("edition");
			case AbstractDocument document -> title(document);
			case Summary summary -> "summary";
			// a hand of the whole corpus heads its own outline row; a document's is a metadata line
			case Hand hand when Hands.isCorpusWide(hand) -> "hand " + hand.getName();
			case Metadatum metadatum -> sourceText(metadatum);
			case Paragraph paragraph -> "¶ " + excerpt(ReadingText.of(paragraph));
			case SpeakerTurn turn -> speaker(turn);
			case Note note -> note.getType() == null ? "note " + note.getName() : "note " + note.getName() + " (" + note.getType() + ")";
			case Figure figure -> figure.getImage() == null ? "figure" : "figure " + figure.getImage();
			case TextBlock text -> "text";
			case Heading heading -> "heading";
			case Opener opener -> "opener";
			case Closer closer -> "closer";
			case Postscript postscript -> "postscript";
			case ItemList list -> "list";
			case Annotation annotation -> annotation.getHand() == null ? "annotation" : "annotation " + handId(annotation);
			case Division division -> division.getKind() == DivisionKind.SESSION ? "writing session" : "section";
			case PageBreak pageBreak -> pageBreak.getNumber() == null ? "page" : "page " + pageBreak.getNumber();
			default -> element.eClass().getName();
		};
	}

	/** What follows the name, or "": kind and id of entries, kind and date of documents, the first words of prose. */
	public String detail(EObject element) {
		return switch (element) {
			case Entry entry -> kind(entry) + " " + entry.getName();
			case Edition edition -> "edition";
			case AbstractDocument document -> kind(document) + ", " + dates(document);
			case SpeakerTurn turn -> excerpt(turn);
			case Note note -> excerpt(note);
			case Figure figure -> excerpt(figure);
			case Summary summary -> excerpt(summary);
			case Heading heading -> excerpt(heading);
			case Opener opener -> excerpt(opener);
			case Closer closer -> excerpt(closer);
			case Postscript postscript -> excerpt(postscript);
			case Annotation annotation -> excerpt(annotation);
			case Division division -> excerpt(division);
			case Hand hand when Hands.isCorpusWide(hand) -> hand.getDescription() == null ? "" : hand.getDescription();
			case PageBreak pageBreak -> pageBreak.getImage() == null ? "" : pageBreak.getImage();
			default -> "";
		};
	}

	/** A division by its heading, else the first words of its text. */
	private String excerpt(Division division) {
		for (var item : division.getItems()) {
			if (item instanceof Heading heading) {
				return excerpt(heading);
			}
			if (item instanceof ProseBlock block && !(item instanceof Note) && !block.getParagraphs().isEmpty()) {
				return excerpt(block);
			}
		}
		return "";
	}

	/** The form a register prints: the preferred name (a publication's title), else the id. */
	public String preferredName(Entry entry) {
		for (var property : entry.getProperties()) {
			if (property instanceof PreferredName name && name.getValue() != null) {
				return name.getValue();
			}
			if (entry instanceof Publication && property instanceof Title title && title.getValue() != null) {
				return title.getValue();
			}
		}
		return entry.getName();
	}

	/** Every name of an entry other than the preferred one: variants and aliases, in register order. */
	public List<String> otherNames(Entry entry) {
		List<String> names = NameMatching.namesOf(entry);
		return names.stream().filter(name -> !name.equals(preferredName(entry))).distinct().toList();
	}

	/** "person", "place", "organisation", "publication". */
	public String kind(Entry entry) {
		return switch (entry) {
			case Person p -> "person";
			case Place p -> "place";
			case Organisation o -> "organisation";
			default -> "publication";
		};
	}

	/** The document kind as written ("telegram"); a quoted document without one is a "document". */
	public String kind(AbstractDocument document) {
		return document.getKind().getLiteral();
	}

	/** The title, else the kind and id. */
	public String title(AbstractDocument document) {
		return DocumentMetadata.first(document, Title.class).map(Title::getValue)
				.orElse(kind(document) + " " + document.getName());
	}

	/** Its date fields as written ("sent 1917-06-12, received 1917-06-13"), "undated", or "no date". */
	public String dates(AbstractDocument document) {
		List<DateField> dates = DocumentMetadata.all(document, DateField.class);
		if (dates.isEmpty()) {
			return DocumentMetadata.has(document, Undated.class) ? "undated" : "no date";
		}
		return dates.stream().map(this::dateField).collect(Collectors.joining(", "));
	}

	private String dateField(DateField field) {
		return field.getRole().getLiteral() + " " + date(field.getDate());
	}

	/** A date exactly as the transcriber wrote it, spacing normalised. */
	public String date(DateSpec date) {
		return date == null ? "?" : sourceText(date);
	}

	/**
	 * One line saying what a document is: kind, title, dates, and who wrote to whom
	 * ("telegram · Telegram from … · sent 1917-06-12, received 1917-06-13 · Yang Zengxin → Foreign Ministry").
	 */
	public String metadataLine(AbstractDocument document) {
		StringBuilder line = new StringBuilder(kind(document)).append(" · ").append(title(document)).append(" · ")
				.append(dates(document));
		String parties = correspondents(document);
		if (!parties.isEmpty()) {
			line.append(" · ").append(parties);
		}
		return line.toString();
	}

	/** "A, B → C", "A → ?" when no recipient is given, or the participants of a conversation; "" if none. */
	public String correspondents(AbstractDocument document) {
		String senders = parties(DocumentMetadata.all(document, Senders.class).stream().flatMap(s -> s.getParties().stream()).toList());
		String recipients = parties(DocumentMetadata.all(document, Recipients.class).stream().flatMap(r -> r.getParties().stream()).toList());
		if (!senders.isEmpty() || !recipients.isEmpty()) {
			return (senders.isEmpty() ? "?" : senders) + " → " + (recipients.isEmpty() ? "?" : recipients);
		}
		return parties(DocumentMetadata.all(document, Participants.class).stream().flatMap(p -> p.getParties().stream()).toList());
	}

	private String parties(List<Party> parties) {
		return parties.stream().map(this::party).collect(Collectors.joining(", "));
	}

	private String party(Party party) {
		Agent agent = party.getAgent();
		if (!(agent instanceof Entry entry) || agent.eIsProxy()) {
			return referenceText(party);
		}
		return preferredName(entry);
	}

	/** The hand's id as written, resolved or not. */
	private static String handId(Annotation annotation) {
		var nodes = NodeModelUtils.findNodesForFeature(annotation, ChanceryPackage.Literals.ANNOTATION__HAND);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The id as written where a reference could not be resolved. */
	private static String referenceText(EObject owner) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(owner);
		return node == null ? "?" : NodeModelUtils.getTokenText(node).split(" ")[0];
	}

	private String speaker(SpeakerTurn turn) {
		if (turn.getLabel() != null) {
			return turn.getLabel();
		}
		Agent speaker = turn.getSpeaker();
		if (speaker instanceof Entry entry && !speaker.eIsProxy()) {
			return preferredName(entry);
		}
		return "turn";
	}

	/** The first words of a prose block. */
	public String excerpt(ProseBlock block) {
		return block.getParagraphs().isEmpty() ? "" : excerpt(ReadingText.of(block.getParagraphs().get(0)));
	}

	/** The first words of a text, whitespace collapsed, cut at a word with "…". */
	public String excerpt(String text) {
		String collapsed = text.strip().replaceAll("\\s+", " ");
		if (collapsed.length() <= EXCERPT_LENGTH) {
			return collapsed;
		}
		int cut = collapsed.lastIndexOf(' ', EXCERPT_LENGTH);
		return collapsed.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + " …";
	}

	/** The element's tokens as written, comments left out and whitespace collapsed. */
	private static String sourceText(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}

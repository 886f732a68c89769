package org.chancery.lang.export;

import java.util.List;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Agent;
import org.chancery.lang.chancery.Annotation;
import org.chancery.lang.chancery.Closer;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.DivisionKind;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Figure;
import org.chancery.lang.chancery.Heading;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.ItemList;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.Opener;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Postscript;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.SpeakerTurn;
import org.chancery.lang.chancery.TextBlock;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.model.DocumentMetadata;
import org.chancery.lang.text.ListLabels;

/**
 * The {@code <text>} of a document's TEI file. Paragraphs become {@code p}, speaker turns
 * {@code sp/speaker + p}, figures {@code figure/head (+ graphic)} or, without an image,
 * {@code figure/figDesc}, a document nested as a block {@code floatingText} (it also gets a file
 * of its own), footnotes stand at their markers (a note no marker places closes its division).
 * The shape of a letter: {@code head}, {@code opener}, {@code closer}, {@code postscript},
 * {@code list/item} (with its {@code label}), annotations as {@code note type="annotation"},
 * writing sessions and sections as {@code div}. A document quoted inline is its quotation, one
 * paragraph.
 */
public final class TeiBody {

	/** What TEI's body and div need at least one of before a closer or postscript. */
	private static final Set<String> MAIN_CONTENT = Set.of("p", "sp", "list", "floatingText", "div");

	/** What ends a division: the main content goes before it. */
	private static final Set<String> BOTTOM = Set.of("closer", "postscript");

	private final TeiInline inline;

	public TeiBody(TeiInline inline) {
		this.inline = inline;
	}

	public XmlElement text(AbstractDocument document) {
		XmlElement text = new XmlElement("text");
		XmlElement body = text.element("body");
		switch (document) {
			case Document block -> division(block.getItems(), body);
			case QuotedDocument quoted -> inline.appendTrimmed(quoted.getContent(), body.element("p"));
			default -> throw new IllegalArgumentException(document.eClass().getName());
		}
		return text;
	}

	/** The items of a document or division, then the notes no marker placed, then main content if none. */
	private void division(List<? extends DocumentItem> items, XmlElement container) {
		int before = container.children().size();
		for (DocumentItem item : items) {
			switch (item) {
				case TextBlock block -> paragraphs(block.getParagraphs(), container);
				case SpeakerTurn turn -> turn(turn, container);
				case Figure figure -> figure(figure, container);
				case Document nested -> floatingText(nested, container);
				case Heading heading -> joined(heading.getParagraphs(), container.element("head"));
				case Opener opener -> joined(opener.getParagraphs(), container.element("opener"));
				case Closer closer -> joined(closer.getParagraphs(), container.element("closer"));
				case Postscript postscript -> paragraphs(postscript.getParagraphs(), container.element("postscript"));
				case ItemList list -> list(list, container);
				case Annotation annotation -> annotation(annotation, container);
				case Division division -> division(division.getItems(), container.element("div").attribute("type", typeOf(division)));
				default -> {
					// metadata is the header's; notes stand at their markers
				}
			}
		}
		items.stream().filter(Note.class::isInstance).map(Note.class::cast).filter(note -> !inline.isPlaced(note))
				.forEach(note -> container.add(inline.note(note)));
		ensureMainContent(container, before);
	}

	private static String typeOf(Division division) {
		return division.getKind() == DivisionKind.SESSION ? "writingSession" : "section";
	}

	/**
	 * TEI's body (and a division with a closer) holds at least one paragraph, list, turn or division:
	 * a document without text (a catalogue entry, a letter of which only the opener is transcribed)
	 * gets an empty paragraph, before its closer if it has one.
	 */
	private static void ensureMainContent(XmlElement container, int from) {
		List<Object> children = container.children();
		int at = children.size();
		for (int i = from; i < children.size(); i++) {
			if (children.get(i) instanceof XmlElement element) {
				if (MAIN_CONTENT.contains(element.name())) {
					return;
				}
				if (BOTTOM.contains(element.name()) && at == children.size()) {
					at = i;
				}
			}
		}
		children.add(at, new XmlElement("p"));
	}

	private void paragraphs(List<Paragraph> paragraphs, XmlElement parent) {
		paragraphs.forEach(paragraph -> parent.add(inline.paragraph(paragraph)));
	}

	/** The paragraphs of an opener, closer or heading as one element's content, a line apart. */
	private void joined(List<Paragraph> paragraphs, XmlElement element) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (i > 0) {
				element.text("\n");
			}
			inline.appendTrimmed(paragraphs.get(i).getContent(), element);
		}
	}

	/** One item a paragraph; a leading number becomes the item's {@code label}. */
	private void list(ItemList list, XmlElement container) {
		XmlElement element = container.element("list");
		for (Paragraph paragraph : list.getParagraphs()) {
			XmlElement item = element.element("item");
			inline.appendTrimmed(paragraph.getContent(), item);
			String number = ListLabels.explicitLabel(paragraph) == null ? ListLabels.leadingNumber(paragraph) : null;
			if (number != null && !item.children().isEmpty() && item.children().get(0) instanceof String text) {
				String rest = text.substring(number.length());
				if (rest.isEmpty()) {
					item.children().remove(0);
				} else {
					item.children().set(0, rest);
				}
				XmlElement label = new XmlElement("label");
				label.text(number);
				item.children().add(0, label);
			}
		}
	}

	private void annotation(Annotation annotation, XmlElement container) {
		XmlElement note = container.element("note").attribute("type", "annotation")
				.attribute("hand", TeiReferences.handRef(annotation.getHand()));
		List<Paragraph> paragraphs = annotation.getParagraphs();
		if (paragraphs.size() == 1) {
			inline.appendTrimmed(paragraphs.get(0).getContent(), note);
		} else {
			paragraphs(paragraphs, note);
		}
	}

	private void turn(SpeakerTurn turn, XmlElement body) {
		XmlElement sp = body.element("sp").attribute("who", reference(turn.getSpeaker()));
		if (turn.getLabel() != null) {
			sp.element("speaker").text(turn.getLabel());
		}
		paragraphs(turn.getParagraphs(), sp);
	}

	/** With an image its caption ({@code head}); without, a description of what is drawn or stamped. */
	private void figure(Figure figure, XmlElement body) {
		XmlElement element = body.element("figure");
		List<Paragraph> caption = figure.getParagraphs();
		if (!caption.isEmpty()) {
			inline.appendTrimmed(caption.get(0).getContent(), element.element(figure.getImage() == null ? "figDesc" : "head"));
		}
		if (figure.getImage() != null) {
			element.element("graphic").attribute("url", figure.getImage());
		}
		paragraphs(caption.subList(Math.min(1, caption.size()), caption.size()), element);
	}

	private void floatingText(Document nested, XmlElement body) {
		XmlElement floating = body.element("floatingText").attribute("type", nested.getKind().getLiteral())
				.attribute("source", TeiReferences.fileOf(nested));
		XmlElement nestedBody = floating.element("body");
		XmlElement head = nestedBody.element("head").text(TeiDocuments.title(nested));
		DocumentMetadata.first(nested, Title.class).map(Title::getNote)
				.ifPresent(marker -> inline.append(List.<Inline>of(marker), head));
		division(nested.getItems(), nestedBody);
	}

	private static String reference(Agent agent) {
		return agent instanceof Entry entry && !entry.eIsProxy() ? TeiReferences.refOf(entry) : null;
	}
}

package org.chancery.lang.export;

import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Agent;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Figure;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.SpeakerTurn;
import org.chancery.lang.chancery.TextBlock;

/**
 * The {@code <text>} of a document's TEI file. Paragraphs become {@code p}, speaker turns
 * {@code sp/speaker + p}, figures {@code figure/head (+ graphic)}, a document nested as a block
 * {@code floatingText} (it also gets a file of its own), footnotes stand at their markers (a note
 * no marker places closes the body). A document quoted inline is its quotation, one paragraph.
 */
public final class TeiBody {

	private final TeiInline inline;

	public TeiBody(TeiInline inline) {
		this.inline = inline;
	}

	public XmlElement text(AbstractDocument document) {
		XmlElement text = new XmlElement("text");
		XmlElement body = text.element("body");
		switch (document) {
			case Document block -> {
				items(block.getItems(), body);
				if (body.children().isEmpty()) {
					// a catalogue entry without text: TEI's body needs one element
					body.element("p");
				}
			}
			case QuotedDocument quoted -> inline.appendTrimmed(quoted.getContent(), body.element("p"));
			default -> throw new IllegalArgumentException(document.eClass().getName());
		}
		return text;
	}

	private void items(List<DocumentItem> items, XmlElement body) {
		for (DocumentItem item : items) {
			switch (item) {
				case TextBlock block -> paragraphs(block.getParagraphs(), body);
				case SpeakerTurn turn -> turn(turn, body);
				case Figure figure -> figure(figure, body);
				case Document nested -> floatingText(nested, body);
				default -> {
					// metadata is the header's; notes stand at their markers
				}
			}
		}
		items.stream().filter(Note.class::isInstance).map(Note.class::cast).filter(note -> !inline.isPlaced(note))
				.forEach(note -> body.add(inline.note(note)));
	}

	private void paragraphs(List<Paragraph> paragraphs, XmlElement parent) {
		paragraphs.forEach(paragraph -> parent.add(inline.paragraph(paragraph)));
	}

	private void turn(SpeakerTurn turn, XmlElement body) {
		XmlElement sp = body.element("sp").attribute("who", reference(turn.getSpeaker()));
		if (turn.getLabel() != null) {
			sp.element("speaker").text(turn.getLabel());
		}
		paragraphs(turn.getParagraphs(), sp);
	}

	private void figure(Figure figure, XmlElement body) {
		XmlElement element = body.element("figure");
		List<Paragraph> caption = figure.getParagraphs();
		if (!caption.isEmpty()) {
			inline.appendTrimmed(caption.get(0).getContent(), element.element("head"));
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
		nestedBody.element("head").text(TeiDocuments.title(nested));
		int before = nestedBody.children().size();
		items(nested.getItems(), nestedBody);
		if (nestedBody.children().size() == before) {
			nestedBody.element("p");
		}
	}

	private static String reference(Agent agent) {
		return agent instanceof Entry entry && !entry.eIsProxy() ? TeiReferences.refOf(entry) : null;
	}
}

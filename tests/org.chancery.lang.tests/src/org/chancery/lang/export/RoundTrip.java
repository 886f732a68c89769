package org.chancery.lang.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.Metadatum;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.ProseBlock;
import org.chancery.lang.text.ReadingText;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The two sides of a round trip: the reading text of a transcription's body ({@link ReadingText}
 * of its paragraphs in order; notes, metadata and nested documents left out) and the reading
 * text of its exported TEI body, read back by the same conventions: supplied text in square
 * brackets (with "?" when uncertain), omitted letters in ⟨ ⟩, surplus in { }, a gap as […] or
 * [illegible], the editor's note in brackets, a footnote as its marker; expansions and
 * corrections are the editor's, page and line breaks and changes of hand add nothing. Whitespace
 * runs count as one space: the TEI joins an opener's lines, and layout is not text.
 */
final class RoundTrip {

	private RoundTrip() {
	}

	static String transcribed(Document document) {
		StringBuilder text = new StringBuilder();
		appendItems(document.getItems(), text);
		return collapsed(text);
	}

	private static void appendItems(List<? extends DocumentItem> items, StringBuilder text) {
		for (DocumentItem item : items) {
			switch (item) {
				case Division division -> appendItems(division.getItems(), text);
				case Note note -> {
					// stands at its marker, whose text is the marker
				}
				case Metadatum metadatum -> {
					// the header's
				}
				case Document nested -> {
					// a text of its own
				}
				case ProseBlock block -> {
					for (Paragraph paragraph : block.getParagraphs()) {
						text.append(' ').append(ReadingText.of(paragraph));
					}
				}
				default -> throw new IllegalArgumentException(item.eClass().getName());
			}
		}
	}

	static String exported(String xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document tei = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element body = (Element) tei.getElementsByTagNameNS(TeiDocumentFile.TEI_NAMESPACE, "body").item(0);
		StringBuilder text = new StringBuilder();
		appendChildren(body, text);
		return collapsed(text);
	}

	private static void appendChildren(Node node, StringBuilder text) {
		NodeList children = node.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			append(children.item(i), text);
		}
	}

	private static void append(Node node, StringBuilder text) {
		if (node.getNodeType() == Node.TEXT_NODE) {
			text.append(node.getNodeValue());
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		switch (element.getLocalName()) {
			case "p", "head", "opener", "closer", "item", "list", "postscript" -> {
				text.append(' ');
				appendChildren(element, text);
			}
			case "figure" -> {
				// a block of its own, or in the text where the stamp is
				if (Set.of("body", "div").contains(element.getParentNode().getLocalName())) {
					text.append(' ');
				}
				appendChildren(element, text);
			}
			case "note" -> {
				if ("foot".equals(element.getAttribute("place"))) {
					text.append(element.getAttribute("n"));
				} else if ("editorial".equals(element.getAttribute("type"))) {
					wrapped("[", element, "]", text);
				} else {
					text.append(' ');
					appendChildren(element, text);
				}
			}
			case "supplied" -> {
				if ("omitted".equals(element.getAttribute("reason"))) {
					wrapped("⟨", element, "⟩", text);
				} else {
					wrapped("[", element, "low".equals(element.getAttribute("cert")) ? "?]" : "]", text);
				}
			}
			case "surplus" -> wrapped("{", element, "}", text);
			case "gap" -> text.append("illegible".equals(element.getAttribute("reason")) ? "[illegible]" : "[…]");
			case "expan", "corr", "pb", "lb", "handShift", "graphic" -> {
				// the editor's, or no text
			}
			default -> appendChildren(element, text);
		}
	}

	private static void wrapped(String open, Element element, String close, StringBuilder text) {
		text.append(open);
		appendChildren(element, text);
		text.append(close);
	}

	private static String collapsed(CharSequence text) {
		return text.toString().replaceAll("\\s+", " ").strip();
	}
}

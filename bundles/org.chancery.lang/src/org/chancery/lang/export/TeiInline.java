package org.chancery.lang.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.DateMention;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Highlight;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Omission;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.Referable;
import org.chancery.lang.chancery.SicTag;
import org.chancery.lang.chancery.Surplus;
import org.chancery.lang.chancery.Text;
import org.chancery.lang.chancery.Unclear;
import org.chancery.lang.text.EditorialBrackets;
import org.chancery.lang.text.ReadingText;

/**
 * Writes the prose of a transcription as TEI phrase-level content, one TEI construct per Chancery
 * construct. The text between tags is reproduced exactly. The editor's square brackets become what
 * {@link EditorialBrackets} says they are; {@code [sic]} and {@code [?]} mark the word before them,
 * so they wrap it and the space between word and bracket goes with the bracket.
 * <p>
 * One instance serves one output file: a footnote is written at its first marker in the file, a
 * later marker of the same note points at it.
 */
public final class TeiInline {

	private final Set<Note> placedNotes = new HashSet<>();

	/** A paragraph as {@code <p>}, its leading and trailing whitespace trimmed. */
	public XmlElement paragraph(Paragraph paragraph) {
		XmlElement p = new XmlElement("p");
		appendTrimmed(paragraph.getContent(), p);
		return p;
	}

	/** Appends the content to the element, its leading and trailing whitespace trimmed. */
	public void appendTrimmed(List<Inline> content, XmlElement parent) {
		int first = parent.children().size();
		append(content, parent);
		List<Object> children = parent.children();
		if (children.size() > first && children.get(first) instanceof String text) {
			replaceOrRemove(children, first, text.stripLeading());
		}
		int last = children.size() - 1;
		if (last >= first && children.get(last) instanceof String text) {
			replaceOrRemove(children, last, text.stripTrailing());
		}
	}

	public void append(List<Inline> content, XmlElement parent) {
		for (Inline inline : content) {
			append(inline, parent);
		}
	}

	/** The notes written so far, so that the body can add those no marker placed. */
	public boolean isPlaced(Note note) {
		return placedNotes.contains(note);
	}

	private void append(Inline inline, XmlElement parent) {
		switch (inline) {
			case Text text -> parent.text(text.getValue());
			case Mention mention -> append(mention.getContent(), parent.element(mentionElement(mention.getTarget())));
			case DateMention date -> append(date.getContent(), TeiDateAttributes.apply(date.getDate(), parent.element("date")));
			case Highlight highlight -> append(highlight.getContent(), parent.element("hi").attribute("rend", highlight.getRend()));
			case Unclear unclear -> append(unclear.getContent(), parent.element("unclear"));
			case SicTag sic -> sic(sic, parent);
			case QuotedDocument quoted -> append(quoted.getContent(),
					parent.element("quote").attribute("source", TeiReferences.fileOf(quoted)));
			case Omission omission -> append(omission.getContent(), parent.element("supplied").attribute("reason", "omitted"));
			case Surplus surplus -> append(surplus.getContent(), parent.element("surplus"));
			case EditorialBracket bracket -> bracket(bracket, parent);
			case NoteReference reference -> noteAt(reference, parent);
			default -> throw new IllegalArgumentException("no TEI for " + inline.eClass().getName());
		}
	}

	/**
	 * The element of a mention by what it names; the attribute points at the register entry or
	 * the document's file. A mention whose target is not in the corpus (a forced export) keeps its
	 * words in a {@code name}.
	 */
	private static XmlElement mentionElement(Referable target) {
		if (target == null || target.eIsProxy()) {
			return new XmlElement("name");
		}
		return switch (target) {
			case Person person -> new XmlElement("persName").attribute("ref", TeiReferences.refOf(person));
			case Place place -> new XmlElement("placeName").attribute("ref", TeiReferences.refOf(place));
			case Organisation organisation -> new XmlElement("orgName").attribute("ref", TeiReferences.refOf(organisation));
			case Publication publication -> new XmlElement("title").attribute("ref", TeiReferences.refOf(publication));
			case AbstractDocument document -> new XmlElement("ref").attribute("target", TeiReferences.fileOf(document));
			default -> new XmlElement("name");
		};
	}

	private void sic(SicTag sic, XmlElement parent) {
		if (sic.getCorrection() == null) {
			append(sic.getContent(), parent.element("sic"));
			return;
		}
		XmlElement choice = parent.element("choice");
		append(sic.getContent(), choice.element("sic"));
		choice.element("corr").text(sic.getCorrection());
	}

	private void bracket(EditorialBracket bracket, XmlElement parent) {
		switch (EditorialBrackets.kindOf(bracket)) {
			case SUPPLIED -> append(bracket.getContent(), parent.element("supplied").attribute("reason", "clarification"));
			case SIC -> wrapPreviousWord(parent, "sic", bracket);
			case UNCLEAR -> wrapPreviousWord(parent, "unclear", bracket);
			case GAP -> parent.element("gap").attribute("reason",
					ReadingText.of(bracket.getContent()).strip().equalsIgnoreCase("illegible") ? "illegible" : null);
			case EDITORIAL_NOTE -> append(bracket.getContent(), parent.element("note").attribute("type", "editorial"));
			// "[]": an error the validator reports; keep what was typed
			case EMPTY -> parent.text("[" + ReadingText.of(bracket.getContent()) + "]");
		}
	}

	/**
	 * Wraps the word before the bracket (or the element right before it) in a new element. A
	 * bracket with nothing before it cannot mark a word: it stays as the editor's note it is.
	 */
	private void wrapPreviousWord(XmlElement parent, String name, EditorialBracket bracket) {
		List<Object> children = parent.children();
		int last = children.size() - 1;
		if (last >= 0 && children.get(last) instanceof String text) {
			String before = text.stripTrailing();
			int start = lastWordStart(before);
			if (start < before.length()) {
				replaceOrRemove(children, last, before.substring(0, start));
				parent.element(name).text(before.substring(start));
				return;
			}
			if (before.isEmpty() && last >= 1 && children.get(last - 1) instanceof XmlElement) {
				children.remove(last);
				last--;
			}
		}
		if (last >= 0 && children.get(last) instanceof XmlElement previous) {
			children.remove(last);
			parent.element(name).add(previous);
			return;
		}
		append(bracket.getContent(), parent.element("note").attribute("type", "editorial"));
	}

	private static int lastWordStart(String text) {
		int start = text.length();
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	private static void replaceOrRemove(List<Object> children, int index, String text) {
		if (text.isEmpty()) {
			children.remove(index);
		} else {
			children.set(index, text);
		}
	}

	/** The footnote where its marker stands; its paragraphs as {@code p} when it has several. */
	private void noteAt(NoteReference reference, XmlElement parent) {
		Note note = reference.getNote();
		if (note == null || note.eIsProxy()) {
			parent.element("note").attribute("place", "foot").attribute("n", ReadingText.of(List.of(reference)));
			return;
		}
		if (!placedNotes.add(note)) {
			parent.element("ptr").attribute("target", "#" + noteId(note));
			return;
		}
		parent.add(note(note));
	}

	/** A footnote as {@code <note place="foot">}. */
	public XmlElement note(Note note) {
		placedNotes.add(note);
		XmlElement element = new XmlElement("note").attribute("xml:id", noteId(note)).attribute("place", "foot")
				.attribute("n", note.getName());
		if (note.getParagraphs().size() == 1) {
			appendTrimmed(note.getParagraphs().get(0).getContent(), element);
		} else {
			note.getParagraphs().forEach(paragraph -> element.add(paragraph(paragraph)));
		}
		return element;
	}

	private static String noteId(Note note) {
		return "note-" + note.getName();
	}
}

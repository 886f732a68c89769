package org.chancery.lang.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chancery.lang.chancery.Abbreviation;
import org.chancery.lang.chancery.Addition;
import org.chancery.lang.chancery.DateMention;
import org.chancery.lang.chancery.Deletion;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.ForeignText;
import org.chancery.lang.chancery.HandShift;
import org.chancery.lang.chancery.Highlight;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.InlineFigure;
import org.chancery.lang.chancery.ItemLabel;
import org.chancery.lang.chancery.LetterPart;
import org.chancery.lang.chancery.LineBreak;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Omission;
import org.chancery.lang.chancery.PageBreak;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.Quotation;
import org.chancery.lang.chancery.SicTag;
import org.chancery.lang.chancery.Substitution;
import org.chancery.lang.chancery.Supplied;
import org.chancery.lang.chancery.Surplus;
import org.chancery.lang.chancery.Text;
import org.chancery.lang.chancery.Unclear;
import org.chancery.lang.text.EditorialBrackets;
import org.chancery.lang.text.LineBreaks;
import org.chancery.lang.text.ReadingText;

/**
 * Writes the prose of a transcription as TEI phrase-level content, one TEI construct per Chancery
 * construct. The text between tags is reproduced exactly. The editor's square brackets become what
 * {@link EditorialBrackets} says they are; {@code [sic]} and {@code [?]} mark the word before them,
 * so they wrap it and the space between word and bracket goes with the bracket.
 * <p>
 * The writer's own corrections are TEI's transcriptional elements ({@code del}, {@code add},
 * {@code subst}, {@code handShift}, {@code pb}, {@code lb}); a line break between two letters of a
 * word is {@code break="no"} ({@link LineBreaks}).
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
			case Mention mention -> append(mention.getContent(), parent.element(TeiMentions.element(mention)));
			case DateMention date -> append(date.getContent(), TeiDateAttributes.apply(date.getDate(), parent.element("date")));
			case Highlight highlight -> append(highlight.getContent(), parent.element("hi")
					.attribute("rend", highlight.getStyle() != null ? highlight.getStyle() : highlight.getRend()));
			case Unclear unclear -> append(unclear.getContent(), parent.element("unclear"));
			case SicTag sic -> sic(sic, parent);
			case QuotedDocument quoted -> append(quoted.getContent(),
					parent.element("quote").attribute("source", TeiReferences.fileOf(quoted)));
			case Quotation quotation -> append(quotation.getContent(), parent.element("quote"));
			case Omission omission -> append(omission.getContent(), parent.element("supplied").attribute("reason", "omitted"));
			case Surplus surplus -> append(surplus.getContent(), parent.element("surplus"));
			case EditorialBracket bracket -> bracket(bracket, parent);
			case NoteReference reference -> noteAt(reference, parent);
			case Deletion deletion -> append(deletion.getContent(), parent.element("del").attribute("rend", deletion.getRend())
					.attribute("hand", TeiReferences.handRef(deletion.getHand())));
			case Addition addition -> append(addition.getContent(), parent.element("add").attribute("place", addition.getPlace())
					.attribute("hand", TeiReferences.handRef(addition.getHand())));
			case Substitution substitution -> substitution(substitution, parent);
			case Abbreviation abbreviation -> abbreviation(abbreviation, parent);
			case Supplied supplied -> append(supplied.getContent(), parent.element("supplied")
					.attribute("reason", supplied.getReason() == null ? EditorialBrackets.CLARIFICATION : supplied.getReason())
					.attribute("cert", supplied.isUncertain() ? "low" : null));
			case ForeignText foreign -> append(foreign.getContent(), parent.element("foreign").attribute("xml:lang", foreign.getLanguage()));
			case LetterPart part -> append(part.getContent(), parent.element(part.getPart()));
			case ItemLabel label -> append(label.getContent(), parent.element("label"));
			case InlineFigure figure -> append(figure.getContent(), parent.element("figure").element("figDesc"));
			case PageBreak pageBreak -> parent.element("pb").attribute("n", pageBreak.getNumber()).attribute("facs", pageBreak.getImage());
			case LineBreak lineBreak -> parent.element("lb").attribute("break", LineBreaks.breaksWord(lineBreak) ? "no" : null);
			case HandShift shift -> parent.element("handShift").attribute("new", TeiReferences.handRef(shift.getHand()));
			default -> throw new IllegalArgumentException("no TEI for " + inline.eClass().getName());
		}
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

	/** A replacement holds its deletions and additions only: the spaces between them are layout. */
	private void substitution(Substitution substitution, XmlElement parent) {
		XmlElement subst = parent.element("subst");
		substitution.getContent().stream().filter(part -> !ReadingText.isBlank(part)).forEach(part -> append(part, subst));
	}

	private void abbreviation(Abbreviation abbreviation, XmlElement parent) {
		if (abbreviation.getExpansion() == null) {
			append(abbreviation.getContent(), parent.element("abbr"));
			return;
		}
		XmlElement choice = parent.element("choice");
		append(abbreviation.getContent(), choice.element("abbr"));
		choice.element("expan").text(abbreviation.getExpansion());
	}

	private void bracket(EditorialBracket bracket, XmlElement parent) {
		switch (EditorialBrackets.kindOf(bracket)) {
			case SUPPLIED -> supplied(bracket, parent);
			case SIC -> wrapPreviousWord(parent, "sic", bracket);
			case UNCLEAR -> wrapPreviousWord(parent, "unclear", bracket);
			case GAP -> parent.element("gap").attribute("reason",
					ReadingText.of(bracket.getContent()).strip().equalsIgnoreCase("illegible") ? "illegible" : null);
			case EDITORIAL_NOTE -> append(bracket.getContent(), parent.element("note").attribute("type", "editorial"));
			// "[]": an error the validator reports; keep what was typed
			case EMPTY -> parent.text("[" + ReadingText.of(bracket.getContent()) + "]");
		}
	}

	/** Words in plain brackets, for the document's reason; `[not?]` without its question mark, uncertain. */
	private void supplied(EditorialBracket bracket, XmlElement parent) {
		XmlElement supplied = parent.element("supplied").attribute("reason", EditorialBrackets.suppliedReason(bracket));
		if (!EditorialBrackets.isUncertain(bracket)) {
			append(bracket.getContent(), supplied);
			return;
		}
		supplied.attribute("cert", "low");
		List<Inline> content = bracket.getContent();
		append(content.subList(0, content.size() - 1), supplied);
		supplied.text(EditorialBrackets.withoutQuestionMark(((Text) content.get(content.size() - 1)).getValue()));
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
		XmlElement element = new XmlElement("note").attribute("xml:id", noteId(note)).attribute("type", note.getType())
				.attribute("place", "foot").attribute("n", note.getName());
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

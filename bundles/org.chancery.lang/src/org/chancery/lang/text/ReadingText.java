package org.chancery.lang.text;

import java.util.List;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.HandShift;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.LineBreak;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Omission;
import org.chancery.lang.chancery.PageBreak;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Substitution;
import org.chancery.lang.chancery.Supplied;
import org.chancery.lang.chancery.Surplus;
import org.chancery.lang.chancery.Text;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The text of a paragraph as the source prints it, without the markup: tags give their surface
 * text, the editor's brackets and Leiden signs stay, a footnote reference gives its marker.
 * Supplied text is read in square brackets however it was typed (`<supplied damage|sc>` is "[sc]"),
 * as an edition prints it; page and line breaks and changes of hand add nothing, and the spaces
 * between the parts of a replacement are layout only. Exporters and the transcription checks read
 * the text through this class.
 */
public final class ReadingText {

	private ReadingText() {
	}

	public static String of(Paragraph paragraph) {
		return of(paragraph.getContent());
	}

	public static String of(List<? extends Inline> content) {
		StringBuilder text = new StringBuilder();
		append(content, text);
		return text.toString();
	}

	private static void append(List<? extends Inline> content, StringBuilder text) {
		for (Inline inline : content) {
			append(inline, text);
		}
	}

	private static void append(Inline inline, StringBuilder text) {
		switch (inline) {
			case Text t -> text.append(t.getValue());
			case EditorialBracket b -> {
				text.append('[');
				append(b.getContent(), text);
				text.append(']');
			}
			case Omission o -> {
				text.append('⟨');
				append(o.getContent(), text);
				text.append('⟩');
			}
			case Surplus s -> {
				text.append('{');
				append(s.getContent(), text);
				text.append('}');
			}
			case NoteReference r -> text.append(noteMarker(r));
			case Supplied s -> {
				text.append('[');
				append(s.getContent(), text);
				text.append(s.isUncertain() ? "?]" : "]");
			}
			case Substitution s -> s.getContent().stream().filter(part -> !isBlank(part)).forEach(part -> append(part, text));
			case PageBreak b -> {
				// a milestone: no text
			}
			case LineBreak b -> {
				// a milestone: no text
			}
			case HandShift h -> {
				// a milestone: no text
			}
			default -> append(contentOf(inline), text);
		}
	}

	/** Whitespace between the deletion and the addition of a replacement. */
	public static boolean isBlank(Inline inline) {
		return inline instanceof Text t && (t.getValue() == null || t.getValue().isBlank());
	}

	/** The marker as written, whether or not the note exists. */
	private static String noteMarker(NoteReference reference) {
		return NodeModelUtils.getTokenText(
				NodeModelUtils.findNodesForFeature(reference, ChanceryPackage.Literals.NOTE_REFERENCE__NOTE).get(0));
	}

	/** Every other inline construct is a tag whose surface text is its content. */
	@SuppressWarnings("unchecked")
	private static List<? extends Inline> contentOf(Inline tag) {
		EStructuralFeature content = tag.eClass().getEStructuralFeature("content");
		if (content == null) {
			throw new IllegalArgumentException("no surface text in " + tag.eClass().getName());
		}
		return (List<? extends Inline>) ((EObject) tag).eGet(content);
	}
}

package org.chancery.lang.validation;

import java.util.List;

import org.chancery.lang.chancery.Abbreviation;
import org.chancery.lang.chancery.Addition;
import org.chancery.lang.chancery.DateMention;
import org.chancery.lang.chancery.Deletion;
import org.chancery.lang.chancery.Figure;
import org.chancery.lang.chancery.ForeignText;
import org.chancery.lang.chancery.Highlight;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.InlineFigure;
import org.chancery.lang.chancery.LineBreak;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.PageBreak;
import org.chancery.lang.chancery.Quotation;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.Substitution;
import org.chancery.lang.chancery.Text;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.Check;

/**
 * The writer's corrections and the editor's descriptions, where TEI allows them: a replacement
 * holds a deletion and an addition and nothing else; a figure's description (a stamp or drawing
 * without an image) holds the editor's words, names and dates, and no corrections, brackets,
 * breaks or notes. Deletions inside additions and the like are allowed, as TEI allows them.
 */
public class TranscriptionChecks extends ChanceryCheckGroup {

	@Check
	public void checkSubstitution(Substitution substitution) {
		if (!Openings.isClosed(substitution)) {
			return; // a syntax error; its content is what the parser's recovery swallowed
		}
		boolean deletion = false;
		boolean addition = false;
		for (Inline part : substitution.getContent()) {
			switch (part) {
				case Deletion d -> deletion = true;
				case Addition a -> addition = true;
				case PageBreak b -> {
					// a page or line may end between the old words and the new
				}
				case LineBreak b -> {
					// likewise
				}
				case Text text when ReadingText.isBlank(text) -> {
					// layout
				}
				case Text text -> error("Only the deleted and the added words go inside a replacement: move ‘"
						+ text.getValue().strip() + "’ out of it.", Openings.trimmed(text), text,
						ChanceryIssueCodes.MISPLACED_CONSTRUCT);
				default -> error("Inside a replacement stand only <del|…> and <add|…> (and page or line breaks): put this inside one of them.",
						Openings.head(part), part, ChanceryIssueCodes.MISPLACED_CONSTRUCT);
			}
		}
		if (!deletion || !addition) {
			error("A replacement needs the deleted words and the words written instead: `<subst|<del|old><add|new>>`.",
					Openings.head(substitution), substitution, ChanceryIssueCodes.INCOMPLETE_SUBSTITUTION);
		}
	}

	@Check
	public void checkFigureDescription(InlineFigure figure) {
		if (Openings.isClosed(figure)) {
			checkDescription(figure.getContent());
		}
	}

	@Check
	public void checkFigureDescription(Figure figure) {
		if (figure.getImage() == null && !figure.getParagraphs().isEmpty()) {
			checkDescription(figure.getParagraphs().get(0).getContent());
		}
	}

	private void checkDescription(List<Inline> content) {
		for (Inline inline : content) {
			if (isDescriptive(inline)) {
				checkDescription(contentOf(inline));
			} else {
				error("A figure's description is the editor's words: corrections, brackets, breaks and notes cannot stand in it.",
						Openings.head(inline), inline, ChanceryIssueCodes.MISPLACED_CONSTRUCT);
			}
		}
	}

	/** What TEI's figDesc takes: words, names, dates, highlighting, other languages, quotations, abbreviations. */
	private static boolean isDescriptive(Inline inline) {
		return inline instanceof Text || inline instanceof Mention || inline instanceof DateMention || inline instanceof Highlight
				|| inline instanceof ForeignText || inline instanceof Quotation || inline instanceof QuotedDocument
				|| inline instanceof Abbreviation;
	}

	@SuppressWarnings("unchecked")
	private static List<Inline> contentOf(Inline inline) {
		var feature = inline.eClass().getEStructuralFeature("content");
		return feature == null ? List.of() : (List<Inline>) inline.eGet(feature);
	}

	private void error(String message, ITextRegion region, EObject object, String code) {
		acceptError(message, object, region.getOffset(), region.getLength(), code);
	}
}

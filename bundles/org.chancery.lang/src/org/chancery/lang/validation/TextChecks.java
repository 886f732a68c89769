package org.chancery.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Highlight;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Omission;
import org.chancery.lang.chancery.SicTag;
import org.chancery.lang.chancery.Surplus;
import org.chancery.lang.chancery.Unclear;
import org.chancery.lang.model.Documents;
import org.chancery.lang.naming.NameMatching;
import org.chancery.lang.text.EditorialBracketKind;
import org.chancery.lang.text.EditorialBrackets;
import org.chancery.lang.text.ReadingText;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/** The text layer: mentions that fit their entry, footnotes and their markers, empty tags. */
public class TextChecks extends ChanceryCheckGroup {

	@Check
	public void checkMentionNamesItsEntry(Mention mention) {
		if (!(mention.getTarget() instanceof Entry entry) || entry.eIsProxy()) {
			return;
		}
		String surface = ReadingText.of(mention.getContent()).strip();
		List<String> names = NameMatching.namesOf(entry);
		if (surface.isEmpty() || names.isEmpty() || NameMatching.matches(surface, names)) {
			return;
		}
		List<String> closest = NameMatching.closest(surface, names);
		List<String> data = new ArrayList<>();
		data.add(surface);
		data.addAll(closest);
		warning("‘" + surface + "’ is none of the names of ‘" + entry.getName() + "’ (" + String.join(", ", closest)
				+ "); add it as a variant, or check the id.", ChanceryPackage.Literals.MENTION__TARGET,
				ChanceryIssueCodes.NAME_MISMATCH, data.toArray(String[]::new));
	}

	@Check
	public void checkNoteIsReferenced(Note note) {
		Document document = Documents.outermost(note);
		boolean referenced = EcoreUtil2.getAllContentsOfType(document, NoteReference.class).stream()
				.anyMatch(reference -> reference.getNote() == note);
		if (!referenced) {
			warning("No marker [^" + note.getName() + "] points to this note.", ChanceryPackage.Literals.NOTE__NAME,
					ChanceryIssueCodes.UNREFERENCED_NOTE, note.getName());
		}
	}

	@Check
	public void checkBracketNotEmpty(EditorialBracket bracket) {
		if (EditorialBrackets.kindOf(bracket) == EditorialBracketKind.EMPTY) {
			error("Empty brackets: write what the editor supplies, or […] for a gap.", bracket, null,
					ChanceryIssueCodes.EMPTY_EDITORIAL);
		}
	}

	@Check
	public void checkTagNotEmpty(Inline tag) {
		List<? extends Inline> content = switch (tag) {
			case Mention m -> m.getContent();
			case Highlight h -> h.getContent();
			case Unclear u -> u.getContent();
			case SicTag s -> s.getContent();
			case Omission o -> o.getContent();
			case Surplus s -> s.getContent();
			default -> null;
		};
		if (content != null && ReadingText.of(content).isBlank()) {
			error("Nothing is marked here: write the words of the source after `|` (or between the signs).", tag, null,
					ChanceryIssueCodes.EMPTY_EDITORIAL);
		}
	}
}

package org.chancery.lang.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.Abbreviation;
import org.chancery.lang.chancery.Addition;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Deletion;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.ForeignText;
import org.chancery.lang.chancery.Highlight;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.InlineFigure;
import org.chancery.lang.chancery.ItemLabel;
import org.chancery.lang.chancery.LanguageDeclaration;
import org.chancery.lang.chancery.LetterPart;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Omission;
import org.chancery.lang.chancery.Quotation;
import org.chancery.lang.chancery.SicTag;
import org.chancery.lang.chancery.Supplied;
import org.chancery.lang.chancery.Surplus;
import org.chancery.lang.chancery.Unclear;
import org.chancery.lang.model.Documents;
import org.chancery.lang.naming.NameMatching;
import org.chancery.lang.text.EditorialBracketKind;
import org.chancery.lang.text.EditorialBrackets;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * The text layer: mentions that fit their entry, footnotes and their markers, empty tags, language
 * codes.
 */
public class TextChecks extends ChanceryCheckGroup {

	private static final String REFERENCED_NOTES = "chancery.referenced-notes";

	@Inject
	private IResourceScopeCache cache;

	/** A BCP 47 language tag as transcriptions use them: de, fr, grc, de-AT, la-Latn. */
	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	/**
	 * A name fits its entry; several referents ("Jacob und Wilhelm Grimm") each share a word of
	 * their names with it. Words that are not a name (`<rs mother|Mama>`) are not checked.
	 */
	/** A warning names at most this many of an entry's names, the closest first. */
	private static final int NAMES_SHOWN = 3;

	@Check
	public void checkMentionNamesItsEntry(Mention mention) {
		String surface = ReadingText.of(mention.getContent()).strip();
		if (mention.isReferring() || surface.isEmpty()) {
			return;
		}
		boolean several = mention.getTargets().size() > 1;
		for (int i = 0; i < mention.getTargets().size(); i++) {
			if (!(mention.getTargets().get(i) instanceof Entry entry) || entry.eIsProxy()) {
				continue;
			}
			List<String> names = NameMatching.namesOf(entry);
			if (names.isEmpty() || (several ? NameMatching.sharesAWord(surface, names) : NameMatching.matches(surface, names))) {
				continue;
			}
			List<String> closest = NameMatching.closest(surface, names, NAMES_SHOWN);
			List<String> data = new ArrayList<>();
			data.add(surface);
			data.addAll(closest);
			String listed = NameMatching.listed(closest, (int) names.stream().distinct().count());
			String message = several
					? "‘" + surface + "’ shares no word with the names of ‘" + entry.getName() + "’ (" + listed
							+ "); check the id, or write <rs …|…> for words that are not a name."
					: "‘" + surface + "’ is none of the names of ‘" + entry.getName() + "’ (" + listed
							+ "); add it as a variant, or check the id.";
			warning(message, mention, ChanceryPackage.Literals.MENTION__TARGETS, i,
					several ? ChanceryIssueCodes.NO_SHARED_NAME : ChanceryIssueCodes.NAME_MISMATCH, data.toArray(String[]::new));
		}
	}

	@Check
	public void checkNoteIsReferenced(Note note) {
		Document document = Documents.outermost(note);
		if (document == null || note.eResource() == null) {
			return;
		}
		// the notes markers point to, once per document and file state (per note, it was quadratic)
		Set<EObject> referenced = cache.get(Tuples.pair(REFERENCED_NOTES, document), note.eResource(), () -> {
			Set<EObject> notes = new HashSet<>();
			for (NoteReference reference : EcoreUtil2.getAllContentsOfType(document, NoteReference.class)) {
				notes.add(reference.getNote());
			}
			return notes;
		});
		if (!referenced.contains(note)) {
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
			case Deletion d -> d.getContent();
			case Addition a -> a.getContent();
			case Abbreviation a -> a.getContent();
			case Supplied s -> s.getContent();
			case ForeignText f -> f.getContent();
			case LetterPart p -> p.getContent();
			case ItemLabel l -> l.getContent();
			case InlineFigure f -> f.getContent();
			case Quotation q -> q.getContent();
			default -> null;
		};
		if (content != null && ReadingText.of(content).isBlank()) {
			error("Nothing is marked here: write the words of the source after `|` (or between the signs).", tag, null,
					ChanceryIssueCodes.EMPTY_EDITORIAL);
		}
	}

	@Check
	public void checkForeignLanguageCode(ForeignText foreign) {
		checkLanguageCode(foreign.getLanguage(), ChanceryPackage.Literals.FOREIGN_TEXT__LANGUAGE);
	}

	@Check
	public void checkDocumentLanguageCodes(LanguageDeclaration declaration) {
		checkLanguageCode(declaration.getLanguage(), ChanceryPackage.Literals.LANGUAGE_DECLARATION__LANGUAGE);
		checkLanguageCode(declaration.getOriginal(), ChanceryPackage.Literals.LANGUAGE_DECLARATION__ORIGINAL);
	}

	private void checkLanguageCode(String code, EAttribute feature) {
		if (code != null && !LANGUAGE_CODE.matcher(code).matches()) {
			error("‘" + code + "’ is not a language code: write one such as de, fr or la (ISO 639, as TEI's xml:lang wants it).",
					feature, ChanceryIssueCodes.INVALID_LANGUAGE, code);
		}
	}
}

package org.chancery.lang.validation;

import java.util.List;

import org.chancery.lang.chancery.Annotation;
import org.chancery.lang.chancery.BodyElement;
import org.chancery.lang.chancery.Closer;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.DivisionKind;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.Heading;
import org.chancery.lang.chancery.ItemLabel;
import org.chancery.lang.chancery.ItemList;
import org.chancery.lang.chancery.LetterPart;
import org.chancery.lang.chancery.Opener;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Postscript;
import org.chancery.lang.chancery.ProseBlock;
import org.chancery.lang.chancery.SpeakerTurn;
import org.chancery.lang.chancery.TextBlock;
import org.chancery.lang.text.ListLabels;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.Check;

/**
 * The shape of a letter, in the order TEI (and a reader) expects it: heading and opener before
 * the text, closer and postscript after it; once the text is divided into writing sessions or
 * sections, it stays divided. The parts of an opener and closer stand in them, a label first in
 * a list's item, and none of these blocks is empty. Issues point at the block's keyword or the
 * tag's head.
 */
public class LetterShapeChecks extends ChanceryCheckGroup {

	/** Where a block may stand among its siblings. */
	private enum Place {
		TOP, MAIN, DIVISION, BOTTOM, ANYWHERE
	}

	@Check
	public void checkOrder(Document document) {
		checkOrder(document.getItems());
	}

	@Check
	public void checkOrder(Division division) {
		checkOrder(division.getItems());
	}

	private void checkOrder(List<? extends DocumentItem> items) {
		boolean text = false;
		Division division = null;
		BodyElement bottom = null;
		for (DocumentItem item : items) {
			String problem = switch (placeOf(item)) {
				case TOP -> text || division != null || bottom != null ? comesFirst(item) : null;
				case MAIN, DIVISION -> bottom != null ? after(bottom)
						: division != null && placeOf(item) == Place.MAIN ? afterDivision(division) : null;
				default -> null;
			};
			if (problem != null) {
				error(problem, Openings.keyword(item), item, ChanceryIssueCodes.MISPLACED_BLOCK);
			}
			switch (placeOf(item)) {
				case MAIN -> text = true;
				case DIVISION -> division = (Division) item;
				case BOTTOM -> bottom = (BodyElement) item;
				default -> {
					// figures, notes and annotations stand anywhere
				}
			}
		}
	}

	private static Place placeOf(DocumentItem item) {
		return switch (item) {
			case Heading h -> Place.TOP;
			case Opener o -> Place.TOP;
			case TextBlock t -> Place.MAIN;
			case SpeakerTurn t -> Place.MAIN;
			case ItemList l -> Place.MAIN;
			case Document d -> Place.MAIN;
			case Division d -> Place.DIVISION;
			case Closer c -> Place.BOTTOM;
			case Postscript p -> Place.BOTTOM;
			default -> Place.ANYWHERE;
		};
	}

	private static String comesFirst(DocumentItem item) {
		return item instanceof Heading ? "A heading comes first, before the text: move it up."
				: "The opener comes before the text of the letter: move it up.";
	}

	private static String after(BodyElement bottom) {
		return bottom instanceof Closer ? "The closer ends the letter's text: move this above it, or write it as `postscript { … }`."
				: "The postscript ends the letter: move this above it, or into the postscript.";
	}

	private static String afterDivision(Division division) {
		return division.getKind() == DivisionKind.SESSION
				? "After a writing session, the text goes on in a session: put this into `session { … }`."
				: "After a section, the text goes on in a section: put this into `section { … }`.";
	}

	@Check
	public void checkLetterPartPlacement(LetterPart part) {
		boolean inOpenerOrCloser = part.eContainer() instanceof Paragraph paragraph
				&& (paragraph.eContainer() instanceof Opener || paragraph.eContainer() instanceof Closer);
		if (!inOpenerOrCloser) {
			String what = switch (part.getPart()) {
				case "dateline" -> "A dateline";
				case "salute" -> "A salute";
				default -> "A signature";
			};
			error(what + " belongs directly in a letter's opener or closer: `opener { <" + part.getPart() + "|…> }`.",
					Openings.head(part), part, ChanceryIssueCodes.MISPLACED_CONSTRUCT);
		}
	}

	@Check
	public void checkLabelPlacement(ItemLabel label) {
		boolean first = label.eContainer() instanceof Paragraph item && item.eContainer() instanceof ItemList
				&& ListLabels.explicitLabel(item) == label;
		if (!first) {
			error("A label stands first in an item of a list: `list { <label|IV.> … }`.", Openings.head(label), label,
					ChanceryIssueCodes.MISPLACED_CONSTRUCT);
		}
	}

	@Check
	public void checkBlockNotEmpty(BodyElement element) {
		String name = switch (element) {
			case Heading h -> "heading";
			case Opener o -> "opener";
			case Closer c -> "closer";
			case Postscript p -> "postscript";
			case ItemList l -> "list";
			case Annotation a -> "annotation";
			default -> null;
		};
		if (name != null && isBlank((ProseBlock) element)) {
			error("Nothing is written in this " + name + ".", Openings.keyword(element), element, ChanceryIssueCodes.EMPTY_BLOCK);
		}
		if (element instanceof Division division && division.getItems().isEmpty()) {
			error("Nothing is in this " + (division.getKind() == DivisionKind.SESSION ? "writing session" : "section") + ".",
					Openings.keyword(division), division, ChanceryIssueCodes.EMPTY_BLOCK);
		}
	}

	private static boolean isBlank(ProseBlock block) {
		return block.getParagraphs().stream().allMatch(paragraph -> ReadingText.of(paragraph).isBlank());
	}

	private void error(String message, ITextRegion region, EObject object, String code) {
		acceptError(message, object, region.getOffset(), region.getLength(), code);
	}
}

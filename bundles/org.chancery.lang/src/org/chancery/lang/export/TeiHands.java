package org.chancery.lang.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.model.DocumentMetadata;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * {@code profileDesc/handNotes}: the hands the document declares, and every other hand its text
 * names (a corpus-wide hand, or one declared by the letter a quoted document stands in), so that
 * each {@code @hand} and {@code handShift/@new} points into the same file. A hand's writer is its
 * {@code @scribeRef}, its description the note's text.
 */
final class TeiHands {

	private TeiHands() {
	}

	static XmlElement handNotes(AbstractDocument document) {
		List<Hand> hands = hands(document);
		if (hands.isEmpty()) {
			return null;
		}
		XmlElement handNotes = new XmlElement("handNotes");
		for (Hand hand : hands) {
			XmlElement note = handNotes.element("handNote").attribute("xml:id", TeiReferences.handId(hand));
			if (hand.getWriter() != null && !hand.getWriter().eIsProxy()) {
				note.attribute("scribeRef", TeiReferences.refOf(hand.getWriter()));
			}
			note.text(hand.getDescription());
		}
		return handNotes;
	}

	/** Declared first, in order; then the others in the order the text names them. */
	private static List<Hand> hands(AbstractDocument document) {
		Set<Hand> hands = new LinkedHashSet<>(DocumentMetadata.all(document, Hand.class));
		document.eAllContents().forEachRemaining(object -> named(object, hands));
		return new ArrayList<>(hands);
	}

	private static void named(EObject object, Set<Hand> hands) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isMany() && reference.getEReferenceType() == ChanceryPackage.Literals.HAND
					&& object.eGet(reference) instanceof Hand hand && !hand.eIsProxy() && hand.getName() != null) {
				hands.add(hand);
			}
		}
	}
}

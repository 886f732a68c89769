package org.chancery.lang.model;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Hand;
import org.eclipse.emf.ecore.EObject;

/**
 * The hands a place in the corpus can name: those declared by the documents around it (a quoted
 * document is written in the hands of the letter quoting it), innermost first; corpus-wide hands
 * are declared at the top level of a file and found through the index.
 */
public final class Hands {

	private Hands() {
	}

	/** The hands declared by the documents enclosing the object, innermost document first. */
	public static List<Hand> declaredAround(EObject object) {
		List<Hand> hands = new ArrayList<>();
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof AbstractDocument document) {
				hands.addAll(DocumentMetadata.all(document, Hand.class));
			}
		}
		return hands;
	}

	/** Whether the hand is declared for the whole corpus (at the top level of its file). */
	public static boolean isCorpusWide(Hand hand) {
		return hand.eContainer() instanceof ChanceryFile;
	}
}

package org.chancery.lang.validation;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.model.Documents;
import org.chancery.lang.model.Hands;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * A hand's id names one hand: declared once in a document (with the documents quoted in it, whose
 * text shares its hands), and, for the whole corpus, once in the corpus and by no document.
 */
public class HandChecks extends ChanceryCheckGroup {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Check
	public void checkHandDeclaredOnce(Hand hand) {
		if (hand.getName() == null || hand.eResource() == null) {
			return;
		}
		if (!Hands.isCorpusWide(hand)) {
			Document outermost = Documents.outermost(hand);
			boolean earlier = EcoreUtil2.getAllContentsOfType(outermost, Hand.class).stream().takeWhile(other -> other != hand)
					.anyMatch(other -> hand.getName().equals(other.getName()));
			if (earlier) {
				error("The hand ‘" + hand.getName() + "’ is declared twice in this document; keep one.",
						ChanceryPackage.Literals.HAND__NAME, ChanceryIssueCodes.DUPLICATE_ID, hand.getName());
				return;
			}
		}
		URI self = normalised(hand.eResource(), EcoreUtil.getURI(hand));
		for (IEObjectDescription other : indexProvider.getResourceDescriptions(hand.eResource())
				.getExportedObjects(ChanceryPackage.Literals.HAND, QualifiedName.create(hand.getName()), false)) {
			if (other.getEObjectOrProxy() != hand && !normalised(hand.eResource(), other.getEObjectURI()).equals(self)) {
				String file = other.getEObjectURI().trimFragment().lastSegment();
				error(Hands.isCorpusWide(hand)
						? "The hand ‘" + hand.getName() + "’ is also declared in " + file + "; a hand of the whole corpus is declared once."
						: "The hand ‘" + hand.getName() + "’ is also declared for the whole corpus, in " + file
								+ "; give this one another id.",
						ChanceryPackage.Literals.HAND__NAME, ChanceryIssueCodes.DUPLICATE_ID, hand.getName());
				return;
			}
		}
	}
}

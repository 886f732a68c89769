package org.chancery.lang.validation;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Referable;
import org.chancery.lang.parser.ProseLexing;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.Check;

/**
 * Ids that a tag's head would read as a word of the language: `person add` may be declared (the
 * word is an id outside tags), but `<add|…>` would add words rather than mention it.
 */
public class TagWordIdChecks extends ChanceryCheckGroup {

	@Check
	public void checkIdIsNoTagWord(Referable referable) {
		check(referable.getName(), ChanceryPackage.Literals.REFERABLE__NAME);
	}

	@Check
	public void checkIdIsNoTagWord(Hand hand) {
		check(hand.getName(), ChanceryPackage.Literals.HAND__NAME);
	}

	private void check(String id, EAttribute feature) {
		if (id != null && ProseLexing.TAG_WORDS.contains(id)) {
			error("‘" + id + "’ is a word of the tags (as in <" + id + "|…>), so no tag could name this id: choose another, such as ‘"
					+ id + "-1’.", feature, ChanceryIssueCodes.TAG_WORD_ID, id);
		}
	}
}

package org.chancery.lang.naming;

import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Referable;
import org.chancery.lang.model.Hands;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Every register entry and document, however deeply quoted, is known corpus-wide by its plain id
 * (`yang-zengxin`, `1917-06-09-zhu-telegram`), and so is a hand declared at the top level of a file.
 * Nothing else is visible outside its file; footnotes and the hands a document declares are
 * scoped to their document by ChanceryScopeProvider.
 */
public class ChanceryQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof Referable referable && referable.getName() != null && !referable.getName().isEmpty()) {
			return QualifiedName.create(referable.getName());
		}
		if (object instanceof Hand hand && Hands.isCorpusWide(hand) && hand.getName() != null && !hand.getName().isEmpty()) {
			return QualifiedName.create(hand.getName());
		}
		return null;
	}
}

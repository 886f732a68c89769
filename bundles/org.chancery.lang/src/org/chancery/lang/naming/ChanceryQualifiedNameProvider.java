package org.chancery.lang.naming;

import org.chancery.lang.chancery.Referable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Every register entry and document, however deeply quoted, is known corpus-wide by its plain id
 * (`yang-zengxin`, `1917-06-09-zhu-telegram`). Nothing else is visible outside its file; footnotes
 * are scoped to their document by ChanceryScopeProvider.
 */
public class ChanceryQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof Referable referable && referable.getName() != null && !referable.getName().isEmpty()) {
			return QualifiedName.create(referable.getName());
		}
		return null;
	}
}

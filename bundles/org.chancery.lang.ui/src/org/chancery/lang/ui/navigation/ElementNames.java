package org.chancery.lang.ui.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/** The name of the element declared or referred to at an offset, for titles of result lists. */
final class ElementNames {

	private ElementNames() {
	}

	static String at(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		IQualifiedNameProvider names = resource.getResourceServiceProvider().get(IQualifiedNameProvider.class);
		EObject element = helper.resolveElementAt(resource, offset);
		if (element == null) {
			return "the element at the caret";
		}
		var name = names.getFullyQualifiedName(element);
		return name == null ? element.eClass().getName() : name.toString();
	}
}

package org.chancery.lang.syntax;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/**
 * Whether the parser met an error inside an element. What it skipped there is unknown, so checks
 * that an element is complete ("a telegram needs a sender") keep silent about it: one error, one
 * message.
 */
public final class SyntaxErrors {

	private SyntaxErrors() {
	}

	public static boolean within(EObject element) {
		Resource resource = element.eResource();
		if (resource == null || resource.getErrors().isEmpty()) {
			return false;
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		int start = node.getTotalOffset();
		int end = node.getTotalEndOffset();
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof XtextSyntaxDiagnostic syntax && syntax.getOffset() >= start && syntax.getOffset() <= end) {
				return true;
			}
		}
		return false;
	}
}

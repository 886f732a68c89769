package org.chancery.lang.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/**
 * Whether the parser met an error inside an element. What it skipped there is unknown, so the
 * rules keep silent about such an element ("a telegram needs a sender" when the sender is in what
 * was skipped): one error, one message. The parts of it that were read are still checked.
 */
public final class SyntaxErrors {

	/** The offsets of a parse's syntax errors, sorted; one parse result per version of a text. */
	private static final Map<IParseResult, int[]> OFFSETS = new WeakHashMap<>();

	private SyntaxErrors() {
	}

	public static boolean within(EObject element) {
		Resource resource = element.eResource();
		if (!(resource instanceof XtextResource xtext) || resource.getErrors().isEmpty() || xtext.getParseResult() == null
				|| !xtext.getParseResult().hasSyntaxErrors()) {
			return false;
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		int[] offsets = offsets(xtext);
		int first = Arrays.binarySearch(offsets, node.getTotalOffset());
		int index = first >= 0 ? first : -first - 1;
		return index < offsets.length && offsets[index] < end(element, node);
	}

	/**
	 * Where the element's part of the text ends: where the next element of its container begins.
	 * What the parser skipped after an element (after `title "…` without its closing quotation
	 * mark, say) belongs to no element, but it was meant to be part of this one.
	 */
	private static int end(EObject element, ICompositeNode node) {
		EObject container = element.eContainer();
		if (container == null || element.eContainmentFeature() == null) {
			return node.getTotalEndOffset();
		}
		ICompositeNode containerNode = NodeModelUtils.getNode(container);
		if (!element.eContainmentFeature().isMany()) {
			// the date of `date }`: what was skipped after it belongs to its container's item
			return containerNode == null ? node.getTotalEndOffset() : Math.max(node.getTotalEndOffset(), end(container, containerNode));
		}
		List<?> siblings = (List<?>) container.eGet(element.eContainmentFeature());
		int index = siblings.indexOf(element);
		if (index >= 0 && index + 1 < siblings.size() && siblings.get(index + 1) instanceof EObject next
				&& NodeModelUtils.getNode(next) != null) {
			return NodeModelUtils.getNode(next).getTotalOffset();
		}
		return containerNode == null ? node.getTotalEndOffset() : Math.max(node.getTotalEndOffset(), containerNode.getTotalEndOffset());
	}

	private static int[] offsets(XtextResource resource) {
		synchronized (OFFSETS) {
			return OFFSETS.computeIfAbsent(resource.getParseResult(), parse -> resource.getErrors().stream()
					.filter(XtextSyntaxDiagnostic.class::isInstance).mapToInt(error -> ((XtextSyntaxDiagnostic) error).getOffset())
					.sorted().toArray());
		}
	}
}

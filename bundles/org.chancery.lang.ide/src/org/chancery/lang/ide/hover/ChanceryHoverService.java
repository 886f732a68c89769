package org.chancery.lang.ide.hover;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Referable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * Hover over a reference or a declaration: over an id (in a mention, in metadata, or where the
 * entry or document is declared) and over the words of a mention, which stand for its target.
 * An entry shows its register card, a document its metadata line, a hand its description
 * ({@link ChanceryHoverText}).
 * Anything else has no hover. The hover's range is the id, or the whole mention.
 */
public class ChanceryHoverService extends HoverService {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private ChanceryHoverText text;

	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		HoverContext context = super.createContext(document, resource, offset);
		if (context != null && isHoverable(context.getElement())) {
			ITextRegion id = referenceRegionAt(resource, offset);
			return id == null ? context : new HoverContext(document, resource, offset, id, context.getElement());
		}
		// over the words of a mention: the mention stands for its target
		EObject element = offsets.resolveContainedElementAt(resource, offset);
		Mention mention = element == null ? null : EcoreUtil2.getContainerOfType(element, Mention.class);
		// the first referent that is in the corpus (an expression naming several shows the first)
		Referable target = mention == null ? null
				: mention.getTargets().stream().filter(t -> t != null && !t.eIsProxy()).findFirst().orElse(null);
		if (target == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(mention);
		return new HoverContext(document, resource, offset, node.getTextRegion(), target);
	}

	/**
	 * The whole id of a reference: an id such as 1917-06-14-ministry-telegram is several tokens
	 * (it is a datatype rule), and Xtext's hover would cover the one under the cursor only.
	 */
	private static ITextRegion referenceRegionAt(XtextResource resource, int offset) {
		for (INode node = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset); node != null;
				node = node.getParent()) {
			if (GrammarUtil.containingCrossReference(node.getGrammarElement()) != null) {
				return node.getTextRegion();
			}
		}
		return null;
	}

	private static boolean isHoverable(EObject element) {
		return (element instanceof Entry || element instanceof AbstractDocument || element instanceof Hand) && !element.eIsProxy();
	}

	@Override
	public String getContents(EObject element) {
		return switch (element) {
			case Entry entry -> text.entryCard(entry);
			case AbstractDocument document -> text.documentLine(document);
			case Hand hand -> text.handCard(hand);
			default -> "";
		};
	}
}

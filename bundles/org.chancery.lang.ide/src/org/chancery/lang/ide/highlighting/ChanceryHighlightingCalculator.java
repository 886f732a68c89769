package org.chancery.lang.ide.highlighting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chancery.lang.chancery.Abbreviation;
import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Addition;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chancery.Deletion;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.HandShift;
import org.chancery.lang.chancery.LineBreak;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Omission;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.PageBreak;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.SicTag;
import org.chancery.lang.chancery.Substitution;
import org.chancery.lang.chancery.Supplied;
import org.chancery.lang.chancery.Surplus;
import org.chancery.lang.chancery.Unclear;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Colours what the parser alone cannot tell apart, with the styles of {@link ChanceryHighlightingStyles}:
 * <ul>
 * <li>every reference id (in a mention or in metadata) by the kind of what it names, or as
 * unresolved;</li>
 * <li>dates, as written after a metadata keyword or in a date mention's head;</li>
 * <li>the editor's interventions: a square bracket with its content, Leiden ⟨ ⟩ and { }, the
 * head of a [sic], unclear, supplied or abbreviation tag (up to its {@code |}), a footnote marker;</li>
 * <li>the manuscript's features: the head of a deletion, addition or replacement, a change of
 * hand, a page or line break, and the id of a hand.</li>
 * </ul>
 * Positions are reported in text order and never overlap, except an intervention that encloses
 * a tag (rare: "[<x|y>]"), whose tag is reported after it. A hand's id in a tag's head is
 * reported with the head, between its parts.
 */
public class ChanceryHighlightingCalculator implements ISemanticHighlightingCalculator {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		Set<EObject> done = new HashSet<>();
		BidiTreeIterator<INode> nodes = resource.getParseResult().getRootNode().getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			cancelManager.checkCanceled(cancelIndicator);
			INode node = nodes.next();
			if (GrammarUtil.containingCrossReference(node.getGrammarElement()) != null) {
				highlightReference(resource, node, acceptor);
				// an id is one node of the Identifier rule; its tokens need no second look
				nodes.prune();
			} else if (node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()
					&& done.add(composite.getSemanticElement())) {
				highlightElement(composite, acceptor);
			}
		}
	}

	private void highlightReference(XtextResource resource, INode node, IHighlightedPositionAcceptor acceptor) {
		EObject target = offsets.resolveCrossReferencedElementAt(resource, node.getOffset());
		if (target instanceof Note note && !note.eIsProxy()) {
			return; // its marker [^n] is coloured as a whole
		}
		if (isInManuscriptHead(node)) {
			return; // reported with the head
		}
		acceptor.addPosition(node.getOffset(), node.getLength(), styleOf(target));
	}

	private static String styleOf(EObject target) {
		if (target == null || target.eIsProxy()) {
			return ChanceryHighlightingStyles.UNRESOLVED;
		}
		return switch (target) {
			case Person p -> ChanceryHighlightingStyles.PERSON;
			case Place p -> ChanceryHighlightingStyles.PLACE;
			case Organisation o -> ChanceryHighlightingStyles.ORGANISATION;
			case Publication p -> ChanceryHighlightingStyles.PUBLICATION;
			case AbstractDocument d -> ChanceryHighlightingStyles.DOCUMENT;
			case Hand h -> ChanceryHighlightingStyles.MANUSCRIPT;
			default -> ChanceryHighlightingStyles.UNRESOLVED;
		};
	}

	private static boolean isInManuscriptHead(INode node) {
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		return owner instanceof Deletion || owner instanceof Addition || owner instanceof HandShift;
	}

	private static void highlightElement(ICompositeNode node, IHighlightedPositionAcceptor acceptor) {
		switch (node.getSemanticElement()) {
			case DateSpec date -> acceptor.addPosition(node.getOffset(), node.getLength(), ChanceryHighlightingStyles.DATE);
			case EditorialBracket b -> whole(node, acceptor);
			case Omission o -> whole(node, acceptor);
			case Surplus s -> whole(node, acceptor);
			case NoteReference r -> whole(node, acceptor);
			case SicTag s -> head(node, ChanceryHighlightingStyles.EDITORIAL, acceptor);
			case Unclear u -> head(node, ChanceryHighlightingStyles.EDITORIAL, acceptor);
			case Supplied s -> head(node, ChanceryHighlightingStyles.EDITORIAL, acceptor);
			case Abbreviation a -> head(node, ChanceryHighlightingStyles.EDITORIAL, acceptor);
			case Substitution s -> head(node, ChanceryHighlightingStyles.MANUSCRIPT, acceptor);
			case Deletion d -> manuscriptHead(node, d.getHand(), ChanceryPackage.Literals.DELETION__HAND, acceptor);
			case Addition a -> manuscriptHead(node, a.getHand(), ChanceryPackage.Literals.ADDITION__HAND, acceptor);
			case HandShift h -> manuscriptHead(node, h.getHand(), ChanceryPackage.Literals.HAND_SHIFT__HAND, acceptor);
			case PageBreak b -> acceptor.addPosition(node.getOffset(), node.getLength(), ChanceryHighlightingStyles.MANUSCRIPT);
			case LineBreak b -> acceptor.addPosition(node.getOffset(), node.getLength(), ChanceryHighlightingStyles.MANUSCRIPT);
			default -> {
				// no semantic colour
			}
		}
	}

	/** The head of a tag that may name a hand: the hand's id in its own colour between the head's parts. */
	private static void manuscriptHead(ICompositeNode node, Hand hand, EReference feature, IHighlightedPositionAcceptor acceptor) {
		int end = headEnd(node);
		List<INode> ids = NodeModelUtils.findNodesForFeature(node.getSemanticElement(), feature);
		if (ids.isEmpty()) {
			acceptor.addPosition(node.getOffset(), end - node.getOffset(), ChanceryHighlightingStyles.MANUSCRIPT);
			return;
		}
		INode id = ids.get(0);
		acceptor.addPosition(node.getOffset(), id.getOffset() - node.getOffset(), ChanceryHighlightingStyles.MANUSCRIPT);
		acceptor.addPosition(id.getOffset(), id.getLength(), styleOf(hand));
		acceptor.addPosition(id.getEndOffset(), end - id.getEndOffset(), ChanceryHighlightingStyles.MANUSCRIPT);
	}

	private static void whole(ICompositeNode node, IHighlightedPositionAcceptor acceptor) {
		acceptor.addPosition(node.getOffset(), node.getLength(), ChanceryHighlightingStyles.EDITORIAL);
	}

	/** From the tag's {@code <} to its {@code |}: the words of the source stay plain. */
	private static void head(ICompositeNode node, String style, IHighlightedPositionAcceptor acceptor) {
		int end = headEnd(node);
		if (end > node.getOffset()) {
			acceptor.addPosition(node.getOffset(), end - node.getOffset(), style);
		}
	}

	/** Where the head of a tag ends: after its {@code |}, or at the tag's end when it has none ({@code <hand clerk>}). */
	private static int headEnd(ICompositeNode node) {
		for (INode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && "|".equals(keyword.getValue())) {
				return leaf.getEndOffset();
			}
		}
		return node.getEndOffset();
	}
}

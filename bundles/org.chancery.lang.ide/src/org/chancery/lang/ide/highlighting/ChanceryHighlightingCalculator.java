package org.chancery.lang.ide.highlighting;

import java.util.HashSet;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chancery.EditorialBracket;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.NoteReference;
import org.chancery.lang.chancery.Omission;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.SicTag;
import org.chancery.lang.chancery.Surplus;
import org.chancery.lang.chancery.Unclear;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
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
 * head of a [sic] or unclear tag (up to its {@code |}), a footnote marker.</li>
 * </ul>
 * Positions are reported in text order and never overlap, except an intervention that encloses
 * a tag (rare: "[<x|y>]"), whose tag is reported after it.
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
			default -> ChanceryHighlightingStyles.UNRESOLVED;
		};
	}

	private static void highlightElement(ICompositeNode node, IHighlightedPositionAcceptor acceptor) {
		switch (node.getSemanticElement()) {
			case DateSpec date -> acceptor.addPosition(node.getOffset(), node.getLength(), ChanceryHighlightingStyles.DATE);
			case EditorialBracket b -> whole(node, acceptor);
			case Omission o -> whole(node, acceptor);
			case Surplus s -> whole(node, acceptor);
			case NoteReference r -> whole(node, acceptor);
			case SicTag s -> head(node, acceptor);
			case Unclear u -> head(node, acceptor);
			default -> {
				// no semantic colour
			}
		}
	}

	private static void whole(ICompositeNode node, IHighlightedPositionAcceptor acceptor) {
		acceptor.addPosition(node.getOffset(), node.getLength(), ChanceryHighlightingStyles.EDITORIAL);
	}

	/** From the tag's {@code <} to its {@code |}: the words of the source stay plain. */
	private static void head(ICompositeNode node, IHighlightedPositionAcceptor acceptor) {
		for (INode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && "|".equals(keyword.getValue())) {
				acceptor.addPosition(node.getOffset(), leaf.getEndOffset() - node.getOffset(),
						ChanceryHighlightingStyles.EDITORIAL);
				return;
			}
		}
	}
}

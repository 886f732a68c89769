package org.chancery.lang.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.BodyElement;
import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Inline;
import org.chancery.lang.chancery.ItemList;
import org.chancery.lang.chancery.Member;
import org.chancery.lang.chancery.Metadatum;
import org.chancery.lang.chancery.PageBreak;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.ProseBlock;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.TextBlock;
import org.chancery.lang.ide.labels.ChanceryLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * The outline of a Chancery file as a tree of document symbols.
 *
 * <p>A register file lists its entries (and the hands of the whole corpus). A document lists a
 * "metadata" node (its metadata lines, in order), then its body in order: the paragraphs of its
 * text blocks (the blocks themselves are left out: a historian thinks in paragraphs), speaker
 * turns, notes, figures, the documents it contains, and the shape of a letter: heading, opener,
 * closer, postscript, annotations, lists (their items as children) and writing sessions and
 * sections (their body as children). A document quoted inside a paragraph is a child of that
 * paragraph, with its own metadata and the documents quoted inside it, and so is a page break
 * ("page 2"), so that the pages of a manuscript can be found; in a block listed as a whole (a
 * postscript, a turn) they are the block's children.
 *
 * <p>Names and details come from {@link ChanceryLabels}, symbol kinds from {@link ChancerySymbolKinds}.
 * The range of a symbol is its whole text; the selection range is the id of a named element,
 * else the whole text as well.
 */
public class ChanceryDocumentSymbols extends HierarchicalDocumentSymbolService {

	@Inject
	private ChanceryLabels labels;

	@Inject
	private ChancerySymbolKinds kinds;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private ILocationInFileProvider locations;

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
		List<DocumentSymbol> symbols = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ChanceryFile file)) {
			return symbols;
		}
		for (Member member : file.getMembers()) {
			cancelManager.checkCanceled(cancelIndicator);
			addSymbol(member, symbols);
		}
		return symbols;
	}

	private void addSymbol(EObject element, List<DocumentSymbol> siblings) {
		DocumentSymbol symbol = symbolFor(element);
		if (symbol == null) {
			return;
		}
		siblings.add(symbol);
		switch (element) {
			case AbstractDocument document -> symbol.setChildren(childrenOf(document));
			case Paragraph paragraph -> symbol.setChildren(landmarks(paragraph.getContent()));
			case Division division -> symbol.setChildren(body(division.getItems()));
			case ItemList list -> {
				List<DocumentSymbol> items = new ArrayList<>();
				list.getParagraphs().forEach(paragraph -> addSymbol(paragraph, items));
				symbol.setChildren(items);
			}
			case ProseBlock block -> {
				List<DocumentSymbol> landmarks = new ArrayList<>();
				block.getParagraphs().forEach(paragraph -> landmarks.addAll(landmarks(paragraph.getContent())));
				symbol.setChildren(landmarks);
			}
			default -> {
				// no children
			}
		}
	}

	private List<DocumentSymbol> childrenOf(AbstractDocument document) {
		List<DocumentSymbol> children = new ArrayList<>();
		List<Metadatum> metadata = document.getItems().stream().filter(Metadatum.class::isInstance)
				.map(Metadatum.class::cast).toList();
		if (!metadata.isEmpty()) {
			children.add(metadataSymbol(metadata));
		}
		children.addAll(body(document.getItems()));
		if (document instanceof QuotedDocument quoted) {
			children.addAll(landmarks(quoted.getContent()));
		}
		return children;
	}

	/** The body of a document or division: paragraphs of text blocks, then each other block. */
	private List<DocumentSymbol> body(List<? extends DocumentItem> items) {
		List<DocumentSymbol> children = new ArrayList<>();
		for (DocumentItem item : items) {
			if (item instanceof TextBlock text) {
				text.getParagraphs().forEach(paragraph -> addSymbol(paragraph, children));
			} else if (item instanceof BodyElement body) {
				addSymbol(body, children);
			}
		}
		return children;
	}

	private DocumentSymbol metadataSymbol(List<Metadatum> metadata) {
		ITextRegion first = fullRegion(metadata.get(0));
		ITextRegion last = fullRegion(metadata.get(metadata.size() - 1));
		ITextRegion all = new TextRegion(first.getOffset(), last.getOffset() + last.getLength() - first.getOffset());
		Range range = documents.newRange(metadata.get(0).eResource(), all);
		DocumentSymbol group = new DocumentSymbol(ChanceryLabels.METADATA, kinds.metadata(), range, range);
		List<DocumentSymbol> lines = new ArrayList<>();
		metadata.forEach(metadatum -> addSymbol(metadatum, lines));
		group.setChildren(lines);
		return group;
	}

	/**
	 * The documents quoted in prose and the page breaks, in text order, outermost first; deeper
	 * quotes become their children.
	 */
	private List<DocumentSymbol> landmarks(List<Inline> content) {
		List<DocumentSymbol> landmarks = new ArrayList<>();
		for (Inline inline : content) {
			if (inline instanceof QuotedDocument || inline instanceof PageBreak) {
				addSymbol(inline, landmarks);
			} else {
				for (EObject child : inline.eContents()) {
					if (child instanceof Inline nested) {
						landmarks.addAll(landmarks(List.of(nested)));
					}
				}
			}
		}
		return landmarks;
	}

	private DocumentSymbol symbolFor(EObject element) {
		ITextRegion full = fullRegion(element);
		if (full == null) {
			return null;
		}
		Range range = documents.newRange(element.eResource(), full);
		Range selection = isNamed(element) ? documents.newRange(element.eResource(), locations.getSignificantTextRegion(element))
				: range;
		String name = labels.name(element);
		DocumentSymbol symbol = new DocumentSymbol(name.isBlank() ? element.eClass().getName() : name,
				kinds.of(element), range, selection);
		symbol.setDetail(labels.detail(element));
		return symbol;
	}

	private static boolean isNamed(EObject element) {
		return element instanceof Entry || element instanceof Document || element instanceof QuotedDocument;
	}

	/**
	 * The element's text without surrounding whitespace and comments, or null when it has no text
	 * (recovered input). A paragraph's prose keeps the line break and indentation before it, which
	 * an outline should not select.
	 */
	private static ITextRegion fullRegion(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		String text = node.getText();
		int start = node.getOffset() - node.getTotalOffset();
		int end = node.getEndOffset() - node.getTotalOffset();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new TextRegion(node.getTotalOffset() + start, end - start);
	}
}

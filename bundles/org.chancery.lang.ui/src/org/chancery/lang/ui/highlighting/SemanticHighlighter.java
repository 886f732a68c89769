package org.chancery.lang.ui.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chancery.lang.ui.editor.ReconcileStep;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Lays the ide layer's semantic highlighting over the token colours: computed after each
 * reconcile in the background, then kept as positions of the document (so that they move with
 * the text typed until the next reconcile) and merged into every presentation the viewer makes —
 * only within that presentation's extent, so that a repair of part of the text (the painter of
 * marked occurrences repairs just the lines between them) never wipes the token colours around it.
 */
public class SemanticHighlighter implements ReconcileStep, ITextPresentationListener {

	private static final String CATEGORY = "org.chancery.lang.ui.semanticHighlighting";

	private record Highlight(Position position, String[] styleIds) {
	}

	private final ISemanticHighlightingCalculator calculator;

	private final StylePreferences looks;

	private final ISourceViewer viewer;

	/** Read and written on the UI thread only. */
	private List<Highlight> highlights = List.of();

	private IDocument positionsOwner;

	public SemanticHighlighter(ISemanticHighlightingCalculator calculator, StylePreferences looks, ISourceViewer viewer) {
		this.calculator = calculator;
		this.looks = looks;
		this.viewer = viewer;
		if (viewer instanceof TextViewer textViewer) {
			textViewer.addTextPresentationListener(this);
		}
	}

	@Override
	public void reconciled(XtextResource resource, String text, CancelIndicator cancel) {
		List<Highlight> computed = new ArrayList<>();
		calculator.provideHighlightingFor(resource,
				(offset, length, ids) -> computed.add(new Highlight(new Position(offset, length), ids)), cancel);
		if (cancel.isCanceled()) {
			return;
		}
		StyledText widget = viewer.getTextWidget();
		if (widget == null || widget.isDisposed()) {
			return;
		}
		widget.getDisplay().asyncExec(() -> install(text, computed));
	}

	/** Shows highlights computed for a text, if the document still holds that text. */
	private void install(String text, List<Highlight> computed) {
		IDocument document = viewer.getDocument();
		StyledText widget = viewer.getTextWidget();
		if (document == null || widget == null || widget.isDisposed() || !document.get().equals(text)) {
			return; // typed meanwhile: the next reconcile brings the right highlights
		}
		track(document);
		for (Highlight old : highlights) {
			removePosition(document, old.position());
		}
		for (Highlight highlight : computed) {
			try {
				document.addPosition(CATEGORY, highlight.position());
			} catch (BadLocationException | BadPositionCategoryException e) {
				// outside this text: cannot happen for the text it was computed from
			}
		}
		highlights = computed;
		viewer.invalidateTextPresentation();
	}

	/** Lets the document move the highlights' positions as text is typed. */
	private void track(IDocument document) {
		if (positionsOwner == document) {
			return;
		}
		if (positionsOwner != null) {
			highlights = List.of();
		}
		if (!document.containsPositionCategory(CATEGORY)) {
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(new DefaultPositionUpdater(CATEGORY));
		}
		positionsOwner = document;
	}

	private static void removePosition(IDocument document, Position position) {
		try {
			document.removePosition(CATEGORY, position);
		} catch (BadPositionCategoryException e) {
			// already gone with its document's category
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = extent.getOffset() + extent.getLength();
		List<StyleRange> ranges = new ArrayList<>();
		for (Highlight highlight : highlights) {
			Position position = highlight.position();
			int start = Math.max(from, position.getOffset());
			int end = Math.min(to, position.getOffset() + position.getLength());
			if (position.isDeleted() || end <= start) {
				continue;
			}
			for (String id : highlight.styleIds()) {
				TextAttribute attribute = looks.attributeOf(id);
				if (attribute != null) {
					ranges.add(new StyleRange(start, end - start, attribute.getForeground(), attribute.getBackground(),
							attribute.getStyle()));
				}
			}
		}
		ranges.sort(Comparator.comparingInt(range -> range.start));
		List<StyleRange> disjoint = new ArrayList<>();
		int end = 0;
		for (StyleRange range : ranges) {
			// the presentation takes no overlapping ranges: the outer (earlier) highlight wins
			if (range.start >= end) {
				disjoint.add(range);
				end = range.start + range.length;
			}
		}
		if (!disjoint.isEmpty()) {
			presentation.mergeStyleRanges(disjoint.toArray(StyleRange[]::new));
		}
	}

	/** The current highlights as "offset:length:style" lines, for tests and diagnostics. */
	public List<String> describe() {
		return highlights.stream().map(h -> h.position().getOffset() + ":" + h.position().getLength() + ":"
				+ String.join(",", h.styleIds())).toList();
	}
}

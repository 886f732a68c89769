package org.chancery.lang.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ui.editor.ReconcileStep;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Lays the ide layer's semantic highlighting over the token colours: computed after each
 * reconcile in the background, merged into the viewer's presentation on the UI thread.
 */
public class SemanticHighlighter implements ReconcileStep, ITextPresentationListener {

	private record Highlight(int offset, int length, String[] styleIds) {
	}

	private final ISemanticHighlightingCalculator calculator;

	private final StylePreferences looks;

	private final ISourceViewer viewer;

	private volatile List<Highlight> highlights = List.of();

	public SemanticHighlighter(ISemanticHighlightingCalculator calculator, StylePreferences looks, ISourceViewer viewer) {
		this.calculator = calculator;
		this.looks = looks;
		this.viewer = viewer;
		if (viewer instanceof org.eclipse.jface.text.TextViewer textViewer) {
			textViewer.addTextPresentationListener(this);
		}
	}

	@Override
	public void reconciled(XtextResource resource, String text, CancelIndicator cancel) {
		List<Highlight> computed = new ArrayList<>();
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> computed.add(new Highlight(offset, length, ids)),
				cancel);
		if (cancel.isCanceled()) {
			return;
		}
		highlights = computed;
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				viewer.invalidateTextPresentation();
			}
		});
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		int limit = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
		List<StyleRange> ranges = new ArrayList<>();
		for (Highlight highlight : highlights) {
			if (highlight.offset() + highlight.length() > limit) {
				continue; // computed for an older text; the next reconcile brings the right one
			}
			for (String id : highlight.styleIds()) {
				TextAttribute attribute = looks.attributeOf(id);
				if (attribute != null) {
					StyleRange range = new StyleRange(highlight.offset(), highlight.length(), attribute.getForeground(),
							attribute.getBackground(), attribute.getStyle());
					ranges.add(range);
				}
			}
		}
		ranges.sort(java.util.Comparator.comparingInt(range -> range.start));
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
		return highlights.stream().map(h -> h.offset() + ":" + h.length() + ":" + String.join(",", h.styleIds())).toList();
	}
}

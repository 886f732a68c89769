package org.chancery.lang.ui.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.chancery.lang.ui.editor.EditorResource;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;

/**
 * Mark occurrences: when the caret rests on a name, the ide layer's document highlights of it
 * are shown as annotations. Computed in a job so that moving the caret never waits.
 */
public class OccurrencesHighlighter implements ISelectionChangedListener {

	public static final String TYPE = "org.chancery.lang.ui.occurrence";

	private final IDocumentHighlightService service;

	private final Supplier<EditorResource> resource;

	private final ISourceViewer viewer;

	private List<Annotation> shown = List.of();

	private Job pending;

	public OccurrencesHighlighter(IDocumentHighlightService service, Supplier<EditorResource> resource, ISourceViewer viewer) {
		this.service = service;
		this.resource = resource;
		this.viewer = viewer;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection selection) || viewer.getDocument() == null) {
			return;
		}
		EditorResource editorResource = resource.get();
		if (editorResource == null) {
			return;
		}
		String text = viewer.getDocument().get();
		int offset = selection.getOffset();
		if (pending != null) {
			pending.cancel();
		}
		pending = Job.create("Marking occurrences", (IProgressMonitor monitor) -> {
			update(editorResource, text, offset, monitor);
			return Status.OK_STATUS;
		});
		pending.setSystem(true);
		pending.schedule(100);
	}

	private void update(EditorResource editorResource, String text, int offset, IProgressMonitor monitor) {
		Document document = LspDocuments.of(text);
		List<? extends DocumentHighlight> highlights = editorResource.read(text, parsed -> service.getDocumentHighlights(document,
				parsed, new DocumentHighlightParams(new TextDocumentIdentifier(parsed.getURI().toString()),
						LspDocuments.positionOf(document, offset)),
				monitor::isCanceled));
		if (monitor.isCanceled()) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (DocumentHighlight highlight : highlights) {
			IRegion region = LspDocuments.regionOf(document, highlight.getRange());
			added.put(new Annotation(TYPE, false, "Occurrence"), new Position(region.getOffset(), region.getLength()));
		}
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			shown = new ArrayList<>(added.keySet());
		}
	}

	/** How many occurrences are marked now. */
	public int markedCount() {
		return shown.size();
	}
}

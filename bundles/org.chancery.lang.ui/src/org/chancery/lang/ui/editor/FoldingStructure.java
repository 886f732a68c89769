package org.chancery.lang.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Keeps the editor's folding (projection annotations) in step with the text: after each
 * reconcile, regions that stayed keep their annotation (and whether they are folded), new ones
 * are added, gone ones removed.
 */
public class FoldingStructure implements ReconcileStep {

	private final Supplier<ProjectionAnnotationModel> model;

	private final Supplier<IDocument> document;

	private final Display display;

	public FoldingStructure(Supplier<ProjectionAnnotationModel> model, Supplier<IDocument> document, Display display) {
		this.model = model;
		this.document = document;
		this.display = display;
	}

	@Override
	public void reconciled(XtextResource resource, String text, CancelIndicator cancel) {
		List<Position> regions = FoldingRegions.of(resource, text);
		if (cancel.isCanceled() || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> update(regions, text));
	}

	private void update(List<Position> regions, String text) {
		ProjectionAnnotationModel annotations = model.get();
		IDocument current = document.get();
		if (annotations == null || current == null || !current.get().equals(text)) {
			return; // the text changed since: the next reconcile brings its regions
		}
		Map<Position, Annotation> existing = new HashMap<>();
		for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
			Annotation annotation = all.next();
			Position position = annotations.getPosition(annotation);
			if (annotation instanceof ProjectionAnnotation && position != null) {
				existing.put(new Position(position.getOffset(), position.getLength()), annotation);
			}
		}
		Map<Annotation, Position> additions = new HashMap<>();
		for (Position region : regions) {
			if (existing.remove(region) == null) {
				additions.put(new ProjectionAnnotation(), region);
			}
		}
		List<Annotation> deletions = new ArrayList<>(existing.values());
		annotations.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
	}
}

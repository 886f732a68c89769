package org.chancery.lang.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.chancery.lang.ui.builder.ProblemMarkers;
import org.chancery.lang.ui.preferences.SeverityPreferences;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates the text after each reconcile and shows the issues as {@link IssueAnnotation}s,
 * replacing those of the previous run in one step.
 */
public class ProblemAnnotations implements ReconcileStep {

	private final IResourceValidator validator;

	private final IAnnotationModelSupplier annotationModel;

	/** The annotation model of the editor, which may change with its input. */
	public interface IAnnotationModelSupplier {
		IAnnotationModel get();
	}

	private List<Annotation> shown = List.of();

	public ProblemAnnotations(IResourceValidator validator, IAnnotationModelSupplier annotationModel) {
		this.validator = validator;
		this.annotationModel = annotationModel;
	}

	@Override
	public void reconciled(XtextResource resource, String text, CancelIndicator cancel) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
		if (cancel.isCanceled()) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			Severity severity = SeverityPreferences.effectiveSeverity(issue.getCode(), issue.getSeverity());
			if (severity == null || severity == Severity.IGNORE || issue.getOffset() == null) {
				continue;
			}
			int offset = Math.min(issue.getOffset(), text.length());
			int length = Math.max(0, Math.min(issue.getLength() == null ? 0 : issue.getLength(), text.length() - offset));
			added.put(new IssueAnnotation(issue, severity), new Position(offset, length));
		}
		IAnnotationModel model = annotationModel.get();
		if (model == null) {
			return;
		}
		synchronized (lockOf(model)) {
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			} else {
				shown.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
			shown = new ArrayList<>(added.keySet());
			hideBuilderMarkers(model);
		}
	}

	/**
	 * While the editor shows live annotations, the builder's markers of the same file would show
	 * every saved problem a second time (two squiggles, a doubled hover); they are hidden here and
	 * stay in the Problems view.
	 */
	private static void hideBuilderMarkers(IAnnotationModel model) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && isProblemMarker(annotation.getMarker())) {
				annotation.markDeleted(true);
			}
		}
	}

	private static boolean isProblemMarker(IMarker marker) {
		try {
			return marker.exists() && marker.isSubtypeOf(ProblemMarkers.TYPE);
		} catch (CoreException e) {
			return false;
		}
	}

	/** The issue annotations currently shown, in no particular order. */
	public static List<IssueAnnotation> of(IAnnotationModel model) {
		List<IssueAnnotation> result = new ArrayList<>();
		if (model == null) {
			return result;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof IssueAnnotation annotation) {
				result.add(annotation);
			}
		}
		return result;
	}

	private static Object lockOf(IAnnotationModel model) {
		if (model instanceof org.eclipse.jface.text.ISynchronizable synchronizable && synchronizable.getLockObject() != null) {
			return synchronizable.getLockObject();
		}
		return model;
	}
}

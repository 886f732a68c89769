package org.chancery.lang.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.chancery.lang.ide.codeactions.IssueFixes;
import org.chancery.lang.ui.preferences.SeverityPreferences;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates the text after each reconcile and shows the issues as {@link IssueAnnotation}s,
 * replacing those of the previous run in one step. (The builder's markers of the file are kept out
 * of the editor by {@link ChanceryAnnotationModelFactory}: these annotations replace them.)
 */
public class ProblemAnnotations implements ReconcileStep {

	private final IResourceValidator validator;

	private final SeverityPreferences severities;

	private final IssueFixes fixes;

	private final IAnnotationModelSupplier annotationModel;

	/** The annotation model of the editor, which may change with its input. */
	public interface IAnnotationModelSupplier {
		IAnnotationModel get();
	}

	private List<Annotation> shown = List.of();

	public ProblemAnnotations(IResourceValidator validator, SeverityPreferences severities, IssueFixes fixes,
			IAnnotationModelSupplier annotationModel) {
		this.validator = validator;
		this.severities = severities;
		this.fixes = fixes;
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
			Severity severity = severities.effectiveSeverity(issue.getCode(), issue.getSeverity());
			if (severity == null || severity == Severity.IGNORE || issue.getOffset() == null) {
				continue;
			}
			int offset = Math.min(issue.getOffset(), text.length());
			int length = Math.max(0, Math.min(issue.getLength() == null ? 0 : issue.getLength(), text.length() - offset));
			boolean fixable = issue.getCode() != null
					&& fixes.hasFixes(issue.getCode(), issue.getData() == null ? List.of() : List.of(issue.getData()));
			added.put(new IssueAnnotation(issue, severity, fixable), new Position(offset, length));
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

package org.chancery.lang.ui.editor;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * A validation issue of the text being edited, found as you type (not yet a marker). Keeps the
 * issue, so that quick assist can ask the ide layer for fixes, and knows whether there are any
 * (the ruler shows a lightbulb only then).
 */
public class IssueAnnotation extends Annotation implements IQuickFixableAnnotation {

	public static final String ERROR = "org.chancery.lang.ui.error";

	public static final String WARNING = "org.chancery.lang.ui.warning";

	public static final String INFO = "org.chancery.lang.ui.info";

	private final Issue issue;

	private final boolean fixable;

	public IssueAnnotation(Issue issue, Severity severity, boolean fixable) {
		super(typeOf(severity), false, issue.getMessage());
		this.issue = issue;
		this.fixable = fixable;
	}

	public Issue getIssue() {
		return issue;
	}

	@Override
	public void setQuickFixable(boolean state) {
		// known from the issue when the annotation is made
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return fixable;
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		};
	}
}

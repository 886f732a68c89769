package org.chancery.lang.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * A validation issue of the text being edited, found as you type (not yet a marker). Keeps the
 * issue, so that quick assist can ask the ide layer for fixes.
 */
public class IssueAnnotation extends Annotation {

	public static final String ERROR = "org.chancery.lang.ui.error";

	public static final String WARNING = "org.chancery.lang.ui.warning";

	public static final String INFO = "org.chancery.lang.ui.info";

	private final Issue issue;

	public IssueAnnotation(Issue issue, Severity severity) {
		super(typeOf(severity), false, issue.getMessage());
		this.issue = issue;
	}

	public Issue getIssue() {
		return issue;
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		};
	}
}

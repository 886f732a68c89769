package org.chancery.lang.ui.builder;

import java.util.List;

import org.chancery.lang.ui.preferences.SeverityPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Turns validation issues into Problems-view markers of type {@link #TYPE}. A marker keeps the
 * issue's code and data, so that quick fixes can be computed from the marker alone.
 */
@Singleton
public class ProblemMarkers {

	/** The marker type (a problem and text marker, persistent). */
	public static final String TYPE = "org.chancery.lang.ui.problem";

	/** Attribute: the issue code. */
	public static final String CODE = "code";

	/** Attribute: the issue data, joined by {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";

	/** Attributes: the issue's range as line and column (0-based), as the ide services count. */
	public static final String LINE_END = "lineEnd", COLUMN = "column", COLUMN_END = "columnEnd";

	static final String DATA_SEPARATOR = "\u0000";

	@Inject
	private SeverityPreferences severities;

	/** Replaces the file's markers by those of the given issues. */
	public void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			Severity severity = severities.effectiveSeverity(issue.getCode(), issue.getSeverity());
			if (severity == null || severity == Severity.IGNORE) {
				continue;
			}
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
			marker.setAttribute(IMarker.SEVERITY, toMarkerSeverity(severity));
			marker.setAttribute(IMarker.LINE_NUMBER, orZero(issue.getLineNumber()));
			marker.setAttribute(IMarker.CHAR_START, orZero(issue.getOffset()));
			marker.setAttribute(IMarker.CHAR_END, orZero(issue.getOffset()) + orZero(issue.getLength()));
			marker.setAttribute(LINE_END, orZero(issue.getLineNumberEnd()));
			marker.setAttribute(COLUMN, orZero(issue.getColumn()));
			marker.setAttribute(COLUMN_END, orZero(issue.getColumnEnd()));
			if (issue.getCode() != null) {
				marker.setAttribute(CODE, issue.getCode());
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				marker.setAttribute(DATA, String.join(DATA_SEPARATOR, issue.getData()));
			}
		}
	}

	/** The issue data stored on a marker (empty if none). */
	public static String[] data(IMarker marker) {
		String data = marker.getAttribute(DATA, "");
		return data.isEmpty() ? new String[0] : data.split(DATA_SEPARATOR, -1);
	}

	private static int toMarkerSeverity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}

package org.chancery.lang.ui.preferences;

import java.util.Map;

import org.chancery.lang.validation.ChanceryIssueCodes;

/**
 * How serious the validator says each configurable issue is, for the preference page to show
 * ("default: warning"). Kept beside {@link ConfigurableIssues}: a code made configurable there
 * gets its default here, as the validator reports it.
 */
public final class IssueDefaults {

	private IssueDefaults() {
	}

	private static final Map<String, String> SEVERITIES = Map.of(
			ChanceryIssueCodes.NAME_MISMATCH, "warning",
			ChanceryIssueCodes.NO_SHARED_NAME, "warning",
			ChanceryIssueCodes.UNUSED_ENTRY, "info",
			ChanceryIssueCodes.UNREFERENCED_NOTE, "warning",
			ChanceryIssueCodes.EMPTY_EDITORIAL, "error",
			ChanceryIssueCodes.MISSING_TITLE, "warning",
			ChanceryIssueCodes.OFFICE_OUTSIDE_SPAN, "warning",
			ChanceryIssueCodes.MALFORMED_AUTHORITY_ID, "error");

	/** "warning", "error" or "info"; null for a code not listed. */
	public static String of(String issueCode) {
		return SEVERITIES.get(issueCode);
	}
}

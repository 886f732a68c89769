package org.chancery.lang.ui.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chancery.lang.validation.ChanceryIssueCodes;

/**
 * The issues whose importance transcribers judge differently, with the label the preference page
 * shows. Errors that make the corpus wrong (unresolved ids, impossible dates) are not configurable.
 */
public final class ConfigurableIssues {

	private ConfigurableIssues() {
	}

	public static Map<String, String> labelsByCode() {
		Map<String, String> issues = new LinkedHashMap<>();
		issues.put(ChanceryIssueCodes.NAME_MISMATCH, "A mention's words match no name or variant of its entry");
		issues.put(ChanceryIssueCodes.NO_SHARED_NAME, "A mention of several entries shares no word with one's names");
		issues.put(ChanceryIssueCodes.UNUSED_ENTRY, "A register entry that nothing refers to");
		issues.put(ChanceryIssueCodes.UNREFERENCED_NOTE, "A note without a [^n] marker");
		issues.put(ChanceryIssueCodes.EMPTY_EDITORIAL, "An empty tag or bracket");
		issues.put(ChanceryIssueCodes.MISSING_TITLE, "A document without a title");
		issues.put(ChanceryIssueCodes.OFFICE_OUTSIDE_SPAN, "An office held outside the register's span");
		issues.put(ChanceryIssueCodes.MALFORMED_AUTHORITY_ID, "An authority id of the wrong form");
		return issues;
	}
}

package org.chancery.lang.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The user's choice of severity for configurable issues, keyed by issue code. Applied to markers
 * and to the editor's annotations alike; read without the UI, so the builder can use it.
 */
@Singleton
public class SeverityPreferences {

	/** The value meaning "as the validator says". */
	public static final String DEFAULT = "default";

	@Inject
	private IPreferenceStore store;

	public static String key(String issueCode) {
		return "severity." + issueCode;
	}

	/** The severity to show an issue with; {@link Severity#IGNORE} means do not show it. */
	public Severity effectiveSeverity(String issueCode, Severity reported) {
		if (issueCode == null) {
			return reported;
		}
		return switch (store.getString(key(issueCode))) {
			case "error" -> Severity.ERROR;
			case "warning" -> Severity.WARNING;
			case "info" -> Severity.INFO;
			case "ignore" -> Severity.IGNORE;
			default -> reported;
		};
	}
}

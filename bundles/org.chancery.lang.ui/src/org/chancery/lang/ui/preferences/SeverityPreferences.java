package org.chancery.lang.ui.preferences;

import org.chancery.lang.ui.internal.ChanceryUiActivator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * The user's choice of severity for configurable issues, keyed by issue code. Applied to markers
 * and to the editor's annotations alike; read without the UI, so the builder can use it.
 */
public final class SeverityPreferences {

	/** The value meaning "as the validator says". */
	public static final String DEFAULT = "default";

	private SeverityPreferences() {
	}

	public static String key(String issueCode) {
		return "severity." + issueCode;
	}

	/** The severity to show an issue with; {@link Severity#IGNORE} means do not show it. */
	public static Severity effectiveSeverity(String issueCode, Severity reported) {
		if (issueCode == null) {
			return reported;
		}
		String chosen = Platform.getPreferencesService().getString(ChanceryUiActivator.PLUGIN_ID, key(issueCode), DEFAULT,
				null);
		return switch (chosen) {
			case "error" -> Severity.ERROR;
			case "warning" -> Severity.WARNING;
			case "info" -> Severity.INFO;
			case "ignore" -> Severity.IGNORE;
			default -> reported;
		};
	}
}

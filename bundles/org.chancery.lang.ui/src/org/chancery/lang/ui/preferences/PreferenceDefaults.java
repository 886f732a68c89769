package org.chancery.lang.ui.preferences;

import org.chancery.lang.ui.highlighting.StyleCatalog;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import com.google.inject.Inject;

/** Default colours, severities and editor options. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Inject
	private IPreferenceStore store;

	@Inject
	private StyleCatalog catalog;

	@Override
	public void initializeDefaultPreferences() {
		StylePreferences.initializeDefaults(store, catalog);
		for (String code : ConfigurableIssues.labelsByCode().keySet()) {
			store.setDefault(SeverityPreferences.key(code), SeverityPreferences.DEFAULT);
		}
		EditorPreferences.initializeDefaults(store);
	}
}

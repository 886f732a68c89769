package org.chancery.lang.ui.preferences;

import org.chancery.lang.ui.highlighting.StyleCatalog;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.chancery.lang.ui.internal.ChanceryUiActivator;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** Default colours and severities. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		ChanceryUiActivator plugin = ChanceryUiActivator.getDefault();
		IPreferenceStore store = plugin.getPreferenceStore();
		StylePreferences.initializeDefaults(store, plugin.getInjector().getInstance(StyleCatalog.class));
		for (String code : ConfigurableIssues.labelsByCode().keySet()) {
			store.setDefault(SeverityPreferences.key(code), SeverityPreferences.DEFAULT);
		}
	}
}

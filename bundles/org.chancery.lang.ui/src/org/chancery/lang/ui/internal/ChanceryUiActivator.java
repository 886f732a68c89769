package org.chancery.lang.ui.internal;

import org.chancery.lang.ChanceryRuntimeModule;
import org.chancery.lang.ChanceryStandaloneSetup;
import org.chancery.lang.ide.ChanceryIdeModule;
import org.chancery.lang.ui.ChanceryUiModule;
import org.chancery.lang.ui.highlighting.StyleCatalog;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.util.Modules2;
import org.osgi.framework.BundleContext;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Starts the bundle and owns the language's injector for the workbench. */
public class ChanceryUiActivator extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.chancery.lang.ui";

	private static ChanceryUiActivator instance;

	private Injector injector;

	private StylePreferences stylePreferences;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		injector = null;
		super.stop(context);
	}

	public static ChanceryUiActivator getDefault() {
		return instance;
	}

	/**
	 * The injector of runtime, ide and ui bindings, created on first use. It is also registered
	 * with EMF for the language's file extension, so that every resource the workbench loads (an
	 * editor's, the builder's, another file a reference leads to) has the same services.
	 */
	public synchronized Injector getInjector() {
		if (injector == null) {
			ChanceryStandaloneSetup setup = new ChanceryStandaloneSetup();
			setup.createInjectorAndDoEMFRegistration();
			injector = Guice.createInjector(
					Modules2.mixin(new ChanceryRuntimeModule(), new ChanceryIdeModule(), new ChanceryUiModule()));
			setup.register(injector);
		}
		return injector;
	}

	/** The user's colours of the highlighting styles. */
	public synchronized StylePreferences getStylePreferences() {
		if (stylePreferences == null) {
			stylePreferences = new StylePreferences(getPreferenceStore(), getInjector().getInstance(StyleCatalog.class));
		}
		return stylePreferences;
	}
}

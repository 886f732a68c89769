package org.chancery.lang.ui.internal;

import org.chancery.lang.ChanceryRuntimeModule;
import org.chancery.lang.ide.ChanceryIdeModule;
import org.chancery.lang.ui.ChanceryUiModule;
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

	/** The injector of runtime, ide and ui bindings, created on first use. */
	public synchronized Injector getInjector() {
		if (injector == null) {
			new org.chancery.lang.ChanceryStandaloneSetup().createInjectorAndDoEMFRegistration();
			injector = Guice.createInjector(
					Modules2.mixin(new ChanceryRuntimeModule(), new ChanceryIdeModule(), new ChanceryUiModule()));
		}
		return injector;
	}
}

package org.chancery.lang.ui.internal;

import org.chancery.lang.ChanceryRuntimeModule;
import org.chancery.lang.ChanceryStandaloneSetup;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.ide.ChanceryIdeModule;
import org.chancery.lang.ui.ChanceryUiModule;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The workbench's injector of runtime, ide and ui bindings, created on first use. It is also
 * registered with EMF for the language's file extension, so that every resource the workbench
 * loads (an editor's, the builder's, another file a reference leads to) has the same services.
 * Only {@code ChanceryExtensionFactory} asks for it; everything else is injected.
 */
public final class ChanceryUiInjector {

	private static Injector injector;

	private ChanceryUiInjector() {
	}

	public static synchronized Injector get() {
		if (injector == null) {
			ChanceryStandaloneSetup setup = new ChanceryStandaloneSetup();
			setup.createInjectorAndDoEMFRegistration();
			// EMF keeps the first validator registered for a package: without this, the runtime
			// injector's would validate in the workbench, whose checks read the index through the
			// runtime's live scope (the loaded files only: a register opened alone saw no references)
			EValidator.Registry.INSTANCE.remove(ChanceryPackage.eINSTANCE);
			Injector created = Guice.createInjector(
					Modules2.mixin(new ChanceryRuntimeModule(), new ChanceryIdeModule(), new ChanceryUiModule()));
			// assigned first: registering may start work that asks for the injector on this thread
			injector = created;
			setup.register(created);
		}
		return injector;
	}
}

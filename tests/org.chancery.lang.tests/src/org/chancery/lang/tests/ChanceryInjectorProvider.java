package org.chancery.lang.tests;

import org.chancery.lang.ChanceryRuntimeModule;
import org.chancery.lang.ChanceryStandaloneSetup;
import org.chancery.lang.ide.ChanceryIdeModule;
import org.eclipse.xtext.testing.IInjectorProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** One injector of the runtime and ide bindings for all headless tests. */
public class ChanceryInjectorProvider implements IInjectorProvider {

	private static Injector injector;

	@Override
	public synchronized Injector getInjector() {
		if (injector == null) {
			new ChanceryStandaloneSetup().createInjectorAndDoEMFRegistration();
			injector = Guice.createInjector(Modules2.mixin(new ChanceryRuntimeModule(), new ChanceryIdeModule()));
		}
		return injector;
	}
}

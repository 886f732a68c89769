package org.chancery.lang.tests;

import org.chancery.lang.ide.ChanceryIdeSetup;
import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

/**
 * One injector of the runtime and ide bindings for all headless tests, registered for *.chancery
 * in EMF's global registry, so that every resource a test creates is read by it.
 */
public class ChanceryInjectorProvider implements IInjectorProvider {

	private static Injector injector;

	@Override
	public synchronized Injector getInjector() {
		if (injector == null) {
			injector = new ChanceryIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}

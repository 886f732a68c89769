package org.chancery.lang.ui;

import com.google.inject.AbstractModule;

/**
 * Bindings of the Eclipse editor layer, mixed over the runtime and ide modules. Holds bindings
 * only; the editor's parts are plain classes that ask the injector for the ide services.
 */
public class ChanceryUiModule extends AbstractModule {

	@Override
	protected void configure() {
		// the ide services are used as bound by ChanceryIdeModule
	}
}

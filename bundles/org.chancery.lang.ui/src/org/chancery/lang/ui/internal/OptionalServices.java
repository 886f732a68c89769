package org.chancery.lang.ui.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;

/**
 * Services a language may or may not bind (quick fixes, a token style mapper): the editor offers
 * the feature only when the ide layer provides it.
 */
public final class OptionalServices {

	private OptionalServices() {
	}

	/** The bound instance, or null when the language binds nothing for this type. */
	public static <T> T get(Injector injector, Class<T> type) {
		Binding<T> binding = injector.getExistingBinding(Key.get(type));
		return binding == null ? null : binding.getProvider().get();
	}

	/** The bound instance, or an instance of the fallback class. */
	public static <T> T get(Injector injector, Class<T> type, Class<? extends T> fallback) {
		T bound = get(injector, type);
		return bound != null ? bound : injector.getInstance(fallback);
	}
}

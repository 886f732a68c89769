package org.chancery.lang.ui.tests;

import org.chancery.lang.ui.highlighting.StylePreferences;
import org.chancery.lang.ui.internal.ChanceryUiInjector;

import com.google.inject.Injector;

/** The workbench's instances of the editor's services, as the editor's parts get them injected. */
public final class Services {

	private Services() {
	}

	public static Injector injector() {
		return ChanceryUiInjector.get();
	}

	/** The user's colours of the highlighting styles. */
	public static StylePreferences styles() {
		return get(StylePreferences.class);
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}

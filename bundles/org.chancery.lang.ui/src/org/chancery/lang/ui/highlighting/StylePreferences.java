package org.chancery.lang.ui.highlighting;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The look of each highlighting style as the user chose it: colour, bold and italic, stored under
 * {@code style.<id>.…}. Styles the catalog does not know get no attribute (the text keeps its
 * colour).
 */
@Singleton
public class StylePreferences {

	private final IPreferenceStore store;

	private final StyleCatalog catalog;

	private final Map<String, TextAttribute> cache = new HashMap<>();

	@Inject
	public StylePreferences(IPreferenceStore store, StyleCatalog catalog) {
		this.store = store;
		this.catalog = catalog;
	}

	public static String colourKey(String id) {
		return "style." + id + ".colour";
	}

	public static String boldKey(String id) {
		return "style." + id + ".bold";
	}

	public static String italicKey(String id) {
		return "style." + id + ".italic";
	}

	/** Registers the catalog's defaults in a preference store. */
	public static void initializeDefaults(IPreferenceStore store, StyleCatalog catalog) {
		for (StyleCatalog.Style style : catalog.styles()) {
			PreferenceConverter.setDefault(store, colourKey(style.id()), style.colour());
			store.setDefault(boldKey(style.id()), (style.fontStyle() & SWT.BOLD) != 0);
			store.setDefault(italicKey(style.id()), (style.fontStyle() & SWT.ITALIC) != 0);
		}
	}

	/** The text attribute of a style, or null for an unknown style. Call on the UI thread. */
	public synchronized TextAttribute attributeOf(String id) {
		if (id == null || !store.contains(colourKey(id))) {
			return null;
		}
		return cache.computeIfAbsent(id, key -> {
			int fontStyle = (store.getBoolean(boldKey(key)) ? SWT.BOLD : 0) | (store.getBoolean(italicKey(key)) ? SWT.ITALIC : 0);
			return new TextAttribute(new Color(PreferenceConverter.getColor(store, colourKey(key))), null, fontStyle);
		});
	}

	/** Forgets cached attributes (after the user changed a preference). */
	public synchronized void invalidate() {
		cache.clear();
	}

	/** Whether a preference change concerns the styles. */
	public static boolean isStyleKey(String key) {
		return key.startsWith("style.");
	}

	public IPreferenceStore store() {
		return store;
	}

	public StyleCatalog catalog() {
		return catalog;
	}
}

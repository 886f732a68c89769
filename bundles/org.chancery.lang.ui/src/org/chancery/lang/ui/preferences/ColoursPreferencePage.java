package org.chancery.lang.ui.preferences;

import org.chancery.lang.ui.highlighting.StyleCatalog;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.eclipse.jface.preference.IPreferenceStore;

import com.google.inject.Inject;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Colour, bold and italic of every highlighting style; open editors follow at once. */
public class ColoursPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	@Inject
	private IPreferenceStore store;

	@Inject
	private StyleCatalog catalog;

	public ColoursPreferencePage() {
		super(GRID);
		setDescription("Colours of the Chancery editor:");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		for (StyleCatalog.Style style : catalog.styles()) {
			addField(new ColorFieldEditor(StylePreferences.colourKey(style.id()), style.label(), getFieldEditorParent()));
			addField(new BooleanFieldEditor(StylePreferences.boldKey(style.id()), "bold", getFieldEditorParent()));
			addField(new BooleanFieldEditor(StylePreferences.italicKey(style.id()), "italic", getFieldEditorParent()));
		}
	}
}

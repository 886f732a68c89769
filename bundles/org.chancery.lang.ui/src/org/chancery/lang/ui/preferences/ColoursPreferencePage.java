package org.chancery.lang.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ui.highlighting.StyleCatalog;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import com.google.inject.Inject;

/**
 * Colour, bold and italic of every highlighting style, one row a style (so that the page fits the
 * preference dialog as it opens); open editors follow at once.
 */
public class ColoursPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Inject
	private IPreferenceStore store;

	@Inject
	private StyleCatalog catalog;

	/** One style's row. */
	private record Row(String id, ColorSelector colour, Button bold, Button italic) {
	}

	private final List<Row> rows = new ArrayList<>();

	public ColoursPreferencePage() {
		setDescription("Colours of the Chancery editor:");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(store);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite table = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(4, false);
		layout.marginWidth = 0;
		table.setLayout(layout);
		for (StyleCatalog.Style style : catalog.styles()) {
			Label label = new Label(table, SWT.WRAP);
			label.setText(style.label());
			GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
			labelData.widthHint = 220; // long labels wrap instead of widening the page
			label.setLayoutData(labelData);
			ColorSelector colour = new ColorSelector(table);
			colour.getButton().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
				@Override
				public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
					event.result = style.label() + " colour";
				}
			});
			Button bold = check(table, "bold");
			Button italic = check(table, "italic");
			rows.add(new Row(style.id(), colour, bold, italic));
		}
		load(false);
		return table;
	}

	private static Button check(Composite parent, String text) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		return button;
	}

	private void load(boolean defaults) {
		IPreferenceStore preferences = getPreferenceStore();
		for (Row row : rows) {
			row.colour().setColorValue(defaults ? PreferenceConverter.getDefaultColor(preferences, StylePreferences.colourKey(row.id()))
					: PreferenceConverter.getColor(preferences, StylePreferences.colourKey(row.id())));
			row.bold().setSelection(defaults ? preferences.getDefaultBoolean(StylePreferences.boldKey(row.id()))
					: preferences.getBoolean(StylePreferences.boldKey(row.id())));
			row.italic().setSelection(defaults ? preferences.getDefaultBoolean(StylePreferences.italicKey(row.id()))
					: preferences.getBoolean(StylePreferences.italicKey(row.id())));
		}
	}

	@Override
	protected void performDefaults() {
		load(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore preferences = getPreferenceStore();
		for (Row row : rows) {
			PreferenceConverter.setValue(preferences, StylePreferences.colourKey(row.id()), row.colour().getColorValue());
			preferences.setValue(StylePreferences.boldKey(row.id()), row.bold().getSelection());
			preferences.setValue(StylePreferences.italicKey(row.id()), row.italic().getSelection());
		}
		return true;
	}
}

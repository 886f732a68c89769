package org.chancery.lang.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Chancery preference pages as the preference dialog opens them, at its default size. */
class PreferencePagesTest {

	private PreferenceDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
	}

	/** As a user gets there: the dialog opens at its first page, sized for it, then the Colours page is chosen. */
	@Test
	void theColourPageFitsTheDialogWithoutScrollingSideways() {
		open("org.eclipse.ui.preferencePages.Workbench");
		IPreferenceNode colours = dialog.getPreferenceManager().find("org.chancery.lang.ui.preferences/org.chancery.lang.ui.preferences.colours");
		dialog.getTreeViewer().setSelection(new StructuredSelection(colours), true);
		Workbench.processEvents();
		Control page = ((IPreferencePage) dialog.getSelectedPage()).getControl();
		ScrolledComposite scrolled = scrolledAround(page);

		int needed = page.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		assertTrue(needed <= scrolled.getClientArea().width,
				"the page needs " + needed + " pixels, the dialog shows " + scrolled.getClientArea().width);
		assertFalse(scrolled.getHorizontalBar() != null && scrolled.getHorizontalBar().isVisible(), "no horizontal scroll bar");
	}

	@Test
	void theSeverityPageSaysWhatEachDefaultIs() {
		Control page = open("org.chancery.lang.ui.preferences");

		Map<String, String> defaults = new LinkedHashMap<>();
		List<Control> controls = all((Composite) page);
		for (int i = 1; i < controls.size(); i++) {
			if (controls.get(i) instanceof Combo combo && controls.get(i - 1) instanceof Label label) {
				defaults.put(label.getText(), combo.getItem(0));
			}
		}

		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("A mention's words match no name or variant of its entry", "default: warning");
		expected.put("A mention of several entries shares no word with one's names", "default: warning");
		expected.put("A register entry that nothing refers to", "default: info");
		expected.put("A note without a [^n] marker", "default: warning");
		expected.put("An empty tag or bracket", "default: error");
		expected.put("A document without a title", "default: warning");
		expected.put("An office held outside the register's span", "default: warning");
		expected.put("An authority id of the wrong form", "default: error");
		assertEquals(expected, defaults);
	}

	private Control open(String pageId) {
		dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.page().getWorkbenchWindow().getShell(), pageId, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbench.processEvents();
		return dialog.getSelectedPage() instanceof org.eclipse.jface.preference.IPreferencePage selected
				? selected.getControl() : null;
	}

	private static ScrolledComposite scrolledAround(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				return scrolled;
			}
		}
		throw new AssertionError("the preference dialog holds its pages in a scrolled area");
	}

	private static List<Control> all(Composite parent) {
		List<Control> controls = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			controls.add(child);
			if (child instanceof Composite composite && !(child instanceof Combo)) {
				controls.addAll(all(composite));
			}
		}
		return controls;
	}
}

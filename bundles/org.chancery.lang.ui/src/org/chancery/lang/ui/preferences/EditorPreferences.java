package org.chancery.lang.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;

/**
 * Options of the Chancery editor that differ from a code editor's: transcriptions are prose, so
 * long lines wrap by default; line numbers are shown, as historians cite by line.
 */
public final class EditorPreferences {

	/** Whether long lines wrap in a new Chancery editor. */
	public static final String WORD_WRAP = "editor.wordWrap";

	private EditorPreferences() {
	}

	static void initializeDefaults(IPreferenceStore store) {
		store.setDefault(WORD_WRAP, true);
		store.setDefault(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_LINE_NUMBER_RULER, true);
	}
}

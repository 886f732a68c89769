package org.chancery.lang.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.editors.text.TextEditor;

/** The editor for *.chancery files. */
public class ChanceryEditor extends TextEditor {

	public static final String ID = "org.chancery.lang.ui.editor.ChanceryEditor";

	/** The document being edited. */
	public IDocument getDocument() {
		return getDocumentProvider().getDocument(getEditorInput());
	}
}

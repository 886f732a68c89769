package org.chancery.lang.ui.tests;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.ide.IDE;

/** Opens Chancery editors and waits for their reconciler. */
public final class Editors {

	private Editors() {
	}

	/** Opens the file and waits until its text has been reconciled once. */
	public static ChanceryEditor open(IFile file) throws CoreException {
		ChanceryEditor editor = (ChanceryEditor) IDE.openEditor(Workbench.page(), file, ChanceryEditor.ID, true);
		Workbench.waitUntil("the first reconcile of " + file.getName(),
				() -> editor.getReconcilingStrategy().completedReconciles() > 0);
		return editor;
	}

	/** Runs the edit, then waits for the reconcile of the edited text. */
	public static void editAndReconcile(ChanceryEditor editor, Runnable edit) {
		long before = editor.getReconcilingStrategy().completedReconciles();
		String old = editor.getDocument().get();
		edit.run();
		if (old.equals(editor.getDocument().get())) {
			throw new IllegalStateException("the edit changed nothing");
		}
		Workbench.waitUntil("a reconcile after the edit", () -> editor.getReconcilingStrategy().completedReconciles() > before);
	}

	/** The offset of the n-th (0-based) occurrence of the text in the editor's document. */
	public static int offsetOf(ChanceryEditor editor, String text, int occurrence) {
		String content = editor.getDocument().get();
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = content.indexOf(text, offset + 1);
			if (offset < 0) {
				throw new IllegalArgumentException("no " + (i + 1) + ". occurrence of " + text);
			}
		}
		return offset;
	}
}

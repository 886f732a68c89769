package org.chancery.lang.ui.rename;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.handlers.HandlerUtil;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Rename (Alt+Shift+R in the editor, F2 on a document or entry in the Outline): opens the
 * refactoring wizard for the id at the caret, or for the id of the symbol selected in the Outline.
 */
public class RenameIdHandler extends AbstractHandler {

	@Inject
	private Provider<RenameIdRefactoring> refactorings;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor) || editor.getEditorResource() == null) {
			return null;
		}
		String text = editor.getDocument().get();
		int offset = editor.getCaretOffset();
		if (HandlerUtil.getActivePart(event) != editor
				&& HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
			// from the Outline: the symbol's selection range is its id
			offset = LspDocuments.regionOf(LspDocuments.of(text), symbol.getSelectionRange()).getOffset();
		}
		RenameIdRefactoring refactoring = refactorings.get();
		refactoring.init(editor.getEditorResource(), text, offset);
		try {
			new RefactoringWizardOpenOperation(new RenameIdWizard(refactoring)).run(HandlerUtil.getActiveShellChecked(event), "Rename");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}
}

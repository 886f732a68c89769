package org.chancery.lang.ui.navigation;

import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import com.google.inject.Inject;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Shift+G: lists every place in the corpus that refers to the element at the caret. */
public class FindReferencesHandler extends AbstractHandler {

	@Inject
	private Definitions definitions;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor && editor.getEditorResource() != null) {
			String text = editor.getDocument().get();
			int offset = editor.getCaretOffset();
			List<? extends Location> references = definitions.referencesAt(editor.getEditorResource(), text, offset);
			String subject = editor.getEditorResource().read(text, parsed -> ElementNames.at(parsed, offset));
			try {
				ReferencesView view = (ReferencesView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
						.showView(ReferencesView.ID);
				view.show(subject, references);
			} catch (PartInitException e) {
				throw new ExecutionException("Cannot open the references view", e);
			}
		}
		return null;
	}
}

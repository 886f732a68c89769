package org.chancery.lang.ui.search;

import org.chancery.lang.ide.rename.IdRenaming;
import org.chancery.lang.ide.rename.RenameRefusedException;
import org.chancery.lang.ui.editor.ChanceryEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Ctrl+Shift+G in the editor: the references to the id at the caret, in the Search view. */
public class SearchReferencesHandler extends AbstractHandler {

	@Inject
	private Provider<ReferencesQuery> queries;

	@Inject
	private IdRenaming ids;

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor && editor.getEditorResource() != null) {
			NewSearchUI.runQueryInBackground(queryAt(editor));
		}
		return null;
	}

	/** The query for the id at the editor's caret. */
	public ReferencesQuery queryAt(ChanceryEditor editor) {
		String text = editor.getDocument().get();
		int offset = editor.getCaretOffset();
		String id = editor.getEditorResource().read(text, parsed -> {
			try {
				return ids.targetAt(parsed, offset).id();
			} catch (RenameRefusedException e) {
				return "the element at the caret";
			}
		});
		ReferencesQuery query = queries.get();
		query.init(editor.getEditorResource(), text, offset, id);
		return query;
	}
}

package org.chancery.lang.ui.navigation;

import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import com.google.inject.Inject;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.handlers.HandlerUtil;

/** F3: opens the declaration of the element at the caret. */
public class OpenDeclarationHandler extends AbstractHandler {

	@Inject
	private Definitions definitions;

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor && editor.getEditorResource() != null) {
			List<? extends Location> targets = definitions.at(editor.getEditorResource(), editor.getDocument().get(), editor.getCaretOffset());
			if (!targets.isEmpty()) {
				LocationOpener.open(targets.get(0));
			}
		}
		return null;
	}
}

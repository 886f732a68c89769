package org.chancery.lang.ui.outline;

import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** Ctrl+O: the document's symbols in a filterable popup over the editor ({@link QuickOutline}). */
public class QuickOutlineHandler extends AbstractHandler {

	@Inject
	private HierarchicalDocumentSymbolService symbols;

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor && editor.getEditorResource() != null) {
			String text = editor.getDocument().get();
			List<DocumentSymbol> tree = editor.getEditorResource().read(text, parsed -> SymbolTree.of(symbols.getSymbols(
					LspDocuments.of(text), parsed, new DocumentSymbolParams(new TextDocumentIdentifier(parsed.getURI().toString())),
					CancelIndicator.NullImpl)));
			new QuickOutline(editor, tree).open();
		}
		return null;
	}
}

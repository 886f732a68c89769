package org.chancery.lang.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.google.inject.Inject;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Shift+F: formats the document with the ide layer's formatter, as one undoable change. */
public class FormatHandler extends AbstractHandler {

	@Inject
	private FormattingService formatter;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor && editor.getEditorResource() != null) {
			IDocument document = editor.getDocument();
			String text = document.get();
			Document ideDocument = LspDocuments.of(text);
			List<? extends TextEdit> edits = editor.getEditorResource().read(text, parsed -> formatter.format(ideDocument,
					parsed, new DocumentFormattingParams(new TextDocumentIdentifier(parsed.getURI().toString()),
							new FormattingOptions(2, true)),
					CancelIndicator.NullImpl));
			apply(document, ideDocument, edits);
		}
		return null;
	}

	static void apply(IDocument document, Document ideDocument, List<? extends TextEdit> edits) throws ExecutionException {
		List<TextEdit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparing((TextEdit edit) -> LspDocuments.regionOf(ideDocument, edit.getRange()).getOffset())
				.reversed());
		var rewrite = document instanceof org.eclipse.jface.text.IDocumentExtension4 extension
				? extension.startRewriteSession(org.eclipse.jface.text.DocumentRewriteSessionType.UNRESTRICTED)
				: null;
		try {
			for (TextEdit edit : ordered) {
				IRegion region = LspDocuments.regionOf(ideDocument, edit.getRange());
				document.replace(region.getOffset(), region.getLength(), edit.getNewText());
			}
		} catch (BadLocationException e) {
			throw new ExecutionException("The formatter's edits do not fit the text", e);
		} finally {
			if (rewrite != null) {
				((org.eclipse.jface.text.IDocumentExtension4) document).stopRewriteSession(rewrite);
			}
		}
	}
}

package org.chancery.lang.ide.contentassist;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;

/**
 * Xtext's content assist service, telling clients that a proposal with a final tab stop ($0) is a
 * snippet even when it is not a template: a mention's id is inserted as {@code id|$0>}, the caret
 * left where the words go.
 */
public class ChanceryContentAssistService extends ContentAssistService {

	/** Where the caret goes after a proposal is inserted. */
	public static final String CARET = "$0";

	@Override
	protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition,
			Document document) {
		CompletionItem item = super.toCompletionItem(entry, caretOffset, caretPosition, document);
		if (entry.getProposal() != null && entry.getProposal().contains(CARET)) {
			item.setInsertTextFormat(InsertTextFormat.Snippet);
		}
		return item;
	}
}

package org.chancery.lang.ui.contentassist;

import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Turns an ide completion item into a Platform proposal that applies the item's text edit. */
final class CompletionItemProposal {

	private CompletionItemProposal() {
	}

	static ICompletionProposal of(CompletionItem item, Document document, int offset) {
		String replacement = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int replacementOffset = offset;
		int replacementLength = 0;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			IRegion region = LspDocuments.regionOf(document, edit.getRange());
			replacement = edit.getNewText();
			replacementOffset = region.getOffset();
			replacementLength = region.getLength();
		} else if (item.getTextEdit() != null && item.getTextEdit().isRight()) {
			IRegion region = LspDocuments.regionOf(document, item.getTextEdit().getRight().getReplace());
			replacement = item.getTextEdit().getRight().getNewText();
			replacementOffset = region.getOffset();
			replacementLength = region.getLength();
		}
		String display = item.getDetail() == null || item.getDetail().isBlank() || item.getDetail().equals(item.getLabel())
				? item.getLabel()
				: item.getLabel() + " – " + item.getDetail();
		if (item.getInsertTextFormat() == InsertTextFormat.Snippet) {
			return new SnippetProposal(Snippet.parse(replacement), replacementOffset, replacementLength, display,
					documentation(item));
		}
		return new CompletionProposal(replacement, replacementOffset, replacementLength, replacement.length(), null,
				display, null, documentation(item));
	}

	private static String documentation(CompletionItem item) {
		if (item.getDocumentation() == null) {
			return null;
		}
		if (item.getDocumentation().isLeft()) {
			return item.getDocumentation().getLeft();
		}
		MarkupContent markup = item.getDocumentation().getRight();
		return markup == null ? null : markup.getValue();
	}
}

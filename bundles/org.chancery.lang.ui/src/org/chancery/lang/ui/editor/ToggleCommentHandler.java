package org.chancery.lang.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Ctrl+/: comments the selected lines out with {@code //}, or back in when every one of them is
 * commented already; one undoable change.
 */
public class ToggleCommentHandler extends AbstractHandler {

	static final String PREFIX = "//";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof ChanceryEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			try {
				toggle(editor.getDocument(), selection.getStartLine(), lastLine(editor.getDocument(), selection));
			} catch (BadLocationException e) {
				throw new ExecutionException("The selection is outside the text", e);
			}
		}
		return null;
	}

	/** The last line the selection covers (not the one it ends at the start of). */
	private static int lastLine(IDocument document, ITextSelection selection) throws BadLocationException {
		int end = selection.getEndLine();
		if (end > selection.getStartLine() && document.getLineOffset(end) == selection.getOffset() + selection.getLength()) {
			end--;
		}
		return end;
	}

	static void toggle(IDocument document, int first, int last) throws BadLocationException {
		boolean allCommented = true;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith(PREFIX)) {
				allCommented = false;
			}
		}
		DocumentRewriteSession session = document instanceof IDocumentExtension4 extension
				? extension.startRewriteSession(DocumentRewriteSessionType.SEQUENTIAL)
				: null;
		try {
			for (int line = last; line >= first; line--) {
				IRegion region = document.getLineInformation(line);
				String text = lineText(document, line);
				if (allCommented) {
					int at = text.indexOf(PREFIX);
					if (at >= 0) {
						int length = PREFIX.length() + (text.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
						document.replace(region.getOffset() + at, length, "");
					}
				} else if (!text.isBlank()) {
					document.replace(region.getOffset(), 0, PREFIX + " ");
				}
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}

package org.chancery.lang.ui.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * Inserts a snippet: its text, then linked mode over its placeholders (Tab moves between them,
 * Enter or the last Tab leaves at the final caret position).
 */
public class SnippetProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final Snippet snippet;

	private final int offset;

	private final int length;

	private final String display;

	private final String info;

	private Point selection;

	public SnippetProposal(Snippet snippet, int offset, int length, String display, String info) {
		this.snippet = snippet;
		this.offset = offset;
		this.length = length;
		this.display = display;
		this.info = info;
	}

	@Override
	public void apply(IDocument document) {
		insert(document);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int invocationOffset) {
		IDocument document = viewer.getDocument();
		// the user may have typed on after the list opened: replace that too
		insert(document, offset, length + Math.max(0, invocationOffset - offset - length));
		if (snippet.tabStops().isEmpty()) {
			return;
		}
		try {
			enterLinkedMode(viewer, document, offset, snippet);
			selection = null; // linked mode placed the caret
		} catch (BadLocationException e) {
			// the text is inserted; without linked mode the caret stays at the end
		}
	}

	/** Linked mode over a snippet's placeholders, inserted at the offset. */
	public static void enterLinkedMode(ITextViewer viewer, IDocument document, int at, Snippet snippet)
			throws BadLocationException {
		Map<Integer, LinkedPositionGroup> groups = new LinkedHashMap<>();
		int sequence = 0;
		for (Snippet.TabStop stop : snippet.tabStops()) {
			LinkedPositionGroup group = groups.computeIfAbsent(stop.number(), n -> new LinkedPositionGroup());
			group.addPosition(new LinkedPosition(document, at + stop.offset(), stop.length(), sequence++));
		}
		LinkedModeModel model = new LinkedModeModel();
		for (LinkedPositionGroup group : groups.values()) {
			model.addGroup(group);
		}
		model.forceInstall();
		LinkedModeUI ui = new LinkedModeUI(model, viewer);
		ui.setExitPosition(viewer, at + snippet.exit(), 0, Integer.MAX_VALUE);
		ui.enter();
	}

	private void insert(IDocument document) {
		insert(document, offset, length);
	}

	private void insert(IDocument document, int at, int replaced) {
		try {
			document.replace(at, replaced, snippet.text());
			selection = new Point(at + snippet.exit(), 0);
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return info;
	}

	@Override
	public String getDisplayString() {
		return display;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// nothing to preview
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// nothing to preview
	}

	@Override
	public boolean validate(IDocument document, int invocationOffset, org.eclipse.jface.text.DocumentEvent event) {
		// kept while what is typed since the list opened still starts the inserted text
		try {
			String typed = document.get(offset, Math.max(0, invocationOffset - offset));
			return snippet.text().toLowerCase().startsWith(typed.toLowerCase());
		} catch (BadLocationException e) {
			return false;
		}
	}
}

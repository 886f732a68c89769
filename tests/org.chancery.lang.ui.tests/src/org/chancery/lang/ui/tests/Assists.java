package org.chancery.lang.ui.tests;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.swt.graphics.Point;

/** Quick fixes (Ctrl+1) and content assist (Ctrl+Space) as the editor's assistants compute and apply them. */
public final class Assists {

	private Assists() {
	}

	public static ICompletionProposal quickFix(ChanceryEditor editor, int offset, String label) {
		IQuickAssistAssistant assistant = ((ISourceViewerExtension3) editor.getViewer()).getQuickAssistAssistant();
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(context(editor.getViewer(), offset));
		for (ICompletionProposal proposal : proposals) {
			if (proposal.getDisplayString().equals(label)) {
				return proposal;
			}
		}
		throw new AssertionError("no quick fix " + label + " among " + java.util.Arrays.stream(proposals)
				.map(ICompletionProposal::getDisplayString).toList());
	}

	public static ICompletionProposal proposal(ChanceryEditor editor, int offset, String startOfLabel) {
		ICompletionProposal[] proposals = editor.contentAssistProcessor().computeCompletionProposals(editor.getViewer(), offset);
		for (ICompletionProposal proposal : proposals) {
			if (proposal.getDisplayString().startsWith(startOfLabel)) {
				return proposal;
			}
		}
		throw new AssertionError("no proposal " + startOfLabel + " among " + java.util.Arrays.stream(proposals)
				.map(ICompletionProposal::getDisplayString).toList());
	}

	/** Applies a proposal as the content assistant does when the user presses Enter. */
	public static void apply(ITextViewer viewer, ICompletionProposal proposal, int offset) {
		if (proposal instanceof ICompletionProposalExtension2 extension) {
			extension.apply(viewer, (char) 0, 0, offset);
		} else {
			proposal.apply(viewer.getDocument());
		}
		Point selection = proposal.getSelection(viewer.getDocument());
		if (selection != null) {
			viewer.setSelectedRange(selection.x, selection.y);
		}
	}

	public static IQuickAssistInvocationContext context(ISourceViewer viewer, int offset) {
		return new IQuickAssistInvocationContext() {
			@Override
			public ISourceViewer getSourceViewer() {
				return viewer;
			}

			@Override
			public int getOffset() {
				return offset;
			}

			@Override
			public int getLength() {
				return 0;
			}
		};
	}

}

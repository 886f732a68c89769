package org.chancery.lang.ui.quickfix;

import org.chancery.lang.ui.ChanceryUi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** A quick assist proposal (Ctrl+1) that applies an ide code action's workspace edit. */
public class CodeActionProposal implements ICompletionProposal {

	private final CodeAction action;

	public CodeActionProposal(CodeAction action) {
		this.action = action;
	}

	@Override
	public void apply(IDocument document) {
		try {
			WorkspaceEditApplier.apply(action.getEdit(), new NullProgressMonitor());
		} catch (CoreException e) {
			ChanceryUi.log(e.getStatus());
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return action.getTitle();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}

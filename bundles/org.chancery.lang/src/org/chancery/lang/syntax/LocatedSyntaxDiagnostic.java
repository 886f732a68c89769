package org.chancery.lang.syntax;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/** The diagnostic of a {@link LocatedSyntaxError}: its own offset, length, line and column. */
public final class LocatedSyntaxDiagnostic extends XtextSyntaxDiagnostic {

	private final int offset;
	private final int length;

	public LocatedSyntaxDiagnostic(INode node, LocatedSyntaxError error) {
		super(node);
		int nodeOffset = node.getTotalOffset();
		int end = node.getRootNode().getTotalEndOffset();
		this.offset = Math.max(0, Math.min(error.offset(nodeOffset), end));
		this.length = Math.max(0, Math.min(error.length(), end - offset));
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public int getLine() {
		return NodeModelUtils.getLineAndColumn(getNode(), offset).getLine();
	}
}

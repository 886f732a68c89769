package org.chancery.lang.syntax;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/**
 * A syntax error that names its own place: the opening bracket of what is left unclosed (an
 * absolute offset), or the first characters of an unreadable token (relative to its node), rather
 * than wherever the parser noticed it. {@link ChanceryResource} reports it there.
 */
public final class LocatedSyntaxError extends SyntaxErrorMessage {

	private final int offset;
	private final int length;
	private final boolean relativeToNode;

	private LocatedSyntaxError(String message, String code, String[] data, int offset, int length, boolean relativeToNode) {
		super(message, code, data);
		this.offset = offset;
		this.length = length;
		this.relativeToNode = relativeToNode;
	}

	/** At an absolute offset of the file. */
	static LocatedSyntaxError at(int offset, int length, String message, String code, String... data) {
		return new LocatedSyntaxError(message, code, data, offset, length, false);
	}

	/** Relative to the start of the node that carries the error (an invalid token's). */
	static LocatedSyntaxError relative(int offset, int length, String message, String code, String... data) {
		return new LocatedSyntaxError(message, code, data, offset, length, true);
	}

	/** The offset in the file, given the offset of the node the parser attached the error to. */
	public int offset(int nodeOffset) {
		return relativeToNode ? nodeOffset + offset : offset;
	}

	public int length() {
		return length;
	}
}

package org.chancery.lang.resource;

import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;

/** The error of a file that is not UTF-8, at its first bad byte (one character long). */
final class EncodingDiagnostic extends AbstractDiagnostic {

	private final Utf8Text.Malformed malformed;
	private final URI uri;

	EncodingDiagnostic(Utf8Text.Malformed malformed, URI uri) {
		this.malformed = malformed;
		this.uri = uri;
	}

	@Override
	protected INode getNode() {
		return null;
	}

	@Override
	public String getCode() {
		return ChanceryIssueCodes.NOT_UTF8;
	}

	@Override
	public String[] getData() {
		return new String[] { String.format("0x%02X", malformed.value()) };
	}

	@Override
	public String getMessage() {
		return malformed.message();
	}

	@Override
	public int getOffset() {
		return malformed.offset();
	}

	@Override
	public int getLength() {
		return 1;
	}

	@Override
	public int getLine() {
		return malformed.line();
	}

	@Override
	public int getColumn() {
		return malformed.column();
	}

	@Override
	public int getLineEnd() {
		return malformed.line();
	}

	@Override
	public int getColumnEnd() {
		return malformed.column() + 1;
	}

	@Override
	public URI getUriToProblem() {
		return uri;
	}

	@Override
	public String getLocation() {
		return uri == null ? null : uri.toString();
	}
}

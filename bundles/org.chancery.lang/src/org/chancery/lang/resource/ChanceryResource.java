package org.chancery.lang.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.chancery.lang.syntax.LocatedSyntaxDiagnostic;
import org.chancery.lang.syntax.LocatedSyntaxError;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * A Chancery file as Xtext loads it from bytes: always strict UTF-8, whatever the platform's
 * default or the resource set's encoding option, with a byte-order mark dropped
 * ({@link Utf8Text}). The command line, the workspace builder and the language server all load
 * files through this class, so a file that is not UTF-8 is the same error everywhere. Text that
 * an editor already decoded (a re-parse, an edit) is taken as it is. A syntax error that knows
 * its own place ({@link LocatedSyntaxError}, e.g. an unclosed bracket) is reported there.
 */
public class ChanceryResource extends LazyLinkingResource {

	private Utf8Text.Malformed malformed;

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		if (inputStream instanceof LazyStringInputStream text) {
			malformed = null;
			return new StringReader(text.getString());
		}
		Utf8Text.Decoded decoded = Utf8Text.decode(inputStream.readAllBytes());
		malformed = decoded.malformed();
		return new StringReader(decoded.text());
	}

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		malformed = null;
		super.update(offset, replacedTextLength, newText);
	}

	@Override
	protected void addSyntaxErrors() {
		super.addSyntaxErrors();
		if (malformed != null) {
			getErrors().add(0, new EncodingDiagnostic(malformed, getURI()));
		}
	}

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode error) {
		if (error.getSyntaxErrorMessage() instanceof LocatedSyntaxError located) {
			diagnostics.add(new LocatedSyntaxDiagnostic(error, located));
		} else {
			super.addSyntaxDiagnostic(diagnostics, error);
		}
	}
}

package org.chancery.lang.syntax;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;

/** Xtext's resource, reporting a {@link LocatedSyntaxError} at its own place. */
public class ChanceryResource extends LazyLinkingResource {

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode error) {
		if (error.getSyntaxErrorMessage() instanceof LocatedSyntaxError located) {
			diagnostics.add(new LocatedSyntaxDiagnostic(error, located));
		} else {
			super.addSyntaxDiagnostic(diagnostics, error);
		}
	}
}

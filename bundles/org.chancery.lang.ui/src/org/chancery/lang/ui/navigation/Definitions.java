package org.chancery.lang.ui.navigation;

import java.util.List;

import org.chancery.lang.ide.rename.ResourceSetReader;
import org.chancery.lang.ui.editor.EditorResource;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** Where the element at an offset is declared, and where it is referred to, across the corpus. */
public class Definitions {

	@Inject
	private DocumentSymbolService symbols;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	/** The declarations of the element referred to (or declared) at the offset. */
	public List<? extends Location> at(EditorResource resource, String text, int offset) {
		return resource.read(text, parsed -> symbols.getDefinitions(parsed, offset,
				new ResourceSetReader(parsed.getResourceSet()), CancelIndicator.NullImpl));
	}

	/** Every reference in the corpus (unsaved text included) to the element at the offset. */
	public List<? extends Location> referencesAt(EditorResource resource, String text, int offset) {
		return resource.read(text, parsed -> symbols.getReferences(parsed, offset,
				new ResourceSetReader(parsed.getResourceSet()),
				indexProvider.getResourceDescriptions(parsed.getResourceSet()), CancelIndicator.NullImpl));
	}
}

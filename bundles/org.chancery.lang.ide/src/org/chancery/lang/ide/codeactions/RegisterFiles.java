package org.chancery.lang.ide.codeactions;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * Finds the corpus's register file for a kind of entry: the file of the index that declares
 * the most entries of that kind (the corpus convention is one file per kind, `registers/persons.chancery`,
 * but nothing in the language requires it). Ties go to the first file by URI, so the choice is stable.
 */
public class RegisterFiles {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	public Optional<URI> fileFor(EClass kind, Resource context) {
		IResourceDescriptions index = indexProvider.getResourceDescriptions(context.getResourceSet());
		return StreamSupport.stream(index.getAllResourceDescriptions().spliterator(), false)
				.filter(file -> count(file, kind) > 0)
				.min(Comparator.comparingLong((IResourceDescription file) -> -count(file, kind))
						.thenComparing(file -> file.getURI().toString()))
				.map(IResourceDescription::getURI);
	}

	/** The file's text as the workspace has it (an open editor's, if any); "" when it has none. */
	public static String textOf(URI uri, Resource current) {
		Resource resource = current.getResourceSet().getResource(uri, true);
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			return xtext.getParseResult().getRootNode().getText();
		}
		return "";
	}

	private static long count(IResourceDescription file, EClass kind) {
		return StreamSupport.stream(file.getExportedObjectsByType(kind).spliterator(), false).count();
	}
}

package org.chancery.lang.ui.editor;

import org.chancery.lang.ui.builder.OpenDocuments;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Publishes the editor's text, and what it exports and refers to, to {@link OpenDocuments} after
 * each reconcile, so that the other open editors validate against it.
 */
class OpenDocumentPublisher implements ReconcileStep {

	private final OpenDocuments openDocuments;

	private final IResourceDescription.Manager descriptions;

	OpenDocumentPublisher(OpenDocuments openDocuments, IResourceDescription.Manager descriptions) {
		this.openDocuments = openDocuments;
		this.descriptions = descriptions;
	}

	@Override
	public void reconciled(XtextResource resource, String text, CancelIndicator cancel) {
		if (resource.getURI().isPlatformResource()) {
			openDocuments.update(resource.getURI(), text,
					SerializableResourceDescription.createCopy(descriptions.getResourceDescription(resource)));
		}
	}
}

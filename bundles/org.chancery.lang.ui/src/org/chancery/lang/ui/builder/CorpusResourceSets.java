package org.chancery.lang.ui.builder;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Creates resource sets that see a project's corpus through its index: a resource loaded in one
 * resolves references to any file of the project, loading the target on demand.
 */
public class CorpusResourceSets {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private FileExtensionProvider fileExtensions;

	@Inject
	private OpenDocuments openDocuments;

	/**
	 * A resource set for the builder: the index is the only truth about other files.
	 */
	public XtextResourceSet forBuild(IProject project, ResourceDescriptionsData index) {
		return create(project, index);
	}

	/**
	 * A resource set for an editor: resources loaded in it (the edited one first) shadow their
	 * indexed state, so that the editor sees its unsaved text; other files open in editors are
	 * read from their editors' text (see {@link OpenDocuments}). Without a project (a file outside
	 * the workspace), the resource sees only itself.
	 */
	public XtextResourceSet forEditor(IProject project, ResourceDescriptionsData index) {
		XtextResourceSet resourceSet = create(project, index);
		resourceSet.getLoadOptions().put(ResourceDescriptionsProvider.LIVE_SCOPE, Boolean.TRUE);
		resourceSet.setURIConverter(new OpenDocumentsUriConverter(openDocuments));
		return resourceSet;
	}

	/** Replaces the index a resource set sees (after a build published a new one). */
	public void updateIndex(XtextResourceSet resourceSet, ResourceDescriptionsData index) {
		if (resourceSet == null) {
			return; // its editor was closed meanwhile
		}
		ChunkedResourceDescriptions chunks = ChunkedResourceDescriptions.findInEmfObject(resourceSet);
		ProjectDescription project = ProjectDescription.findInEmfObject(resourceSet);
		if (chunks != null && project != null) {
			chunks.setContainer(project.getName(), index);
		}
	}

	private XtextResourceSet create(IProject project, ResourceDescriptionsData index) {
		XtextResourceSet resourceSet = resourceSets.get();
		// our injector's resources, even if another bundle registered the language globally
		for (String extension : fileExtensions.getFileExtensions()) {
			resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, resourceFactory);
		}
		if (project == null) {
			return resourceSet; // a file outside the workspace sees itself only
		}
		ProjectDescription description = new ProjectDescription();
		description.setName(project.getName());
		description.attachToEmfObject(resourceSet);
		Map<String, ResourceDescriptionsData> chunks = new HashMap<>();
		chunks.put(project.getName(), index);
		ChunkedResourceDescriptions descriptions = new ChunkedResourceDescriptions(chunks, resourceSet);
		if (ChunkedResourceDescriptions.findInEmfObject(resourceSet) == null) {
			descriptions.attachToEmfObject(resourceSet);
		}
		return resourceSet;
	}
}

package org.chancery.lang.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.chancery.lang.ui.builder.CorpusIndex;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.chancery.lang.ui.builder.OpenDocuments;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

/**
 * The parsed state of an editor's text: one {@link XtextResource} in a resource set that sees the
 * project's corpus index. Every reader passes the text it works on; the resource is re-parsed
 * first if that text is not the one it holds, so readers never see a stale model. Access is
 * serialised: the reconciler (background) and content assist, hover, navigation (UI thread)
 * take turns.
 */
public class EditorResource {

	private final XtextResource resource;

	private final CorpusIndex index;

	private final CorpusResourceSets resourceSets;

	private final OpenDocuments openDocuments;

	private String parsedText;

	private long indexVersion = -1;

	private long openIndexVersion = -1;

	private long openTextVersion = -1;

	private boolean disposed;

	public EditorResource(URI uri, CorpusIndex index, CorpusResourceSets resourceSets, OpenDocuments openDocuments) {
		this.index = index;
		this.resourceSets = resourceSets;
		this.openDocuments = openDocuments;
		XtextResourceSet resourceSet = index == null ? resourceSets.forEditor(null, null)
				: resourceSets.forEditor(index.getProject(), index.snapshot());
		this.resource = (XtextResource) resourceSet.createResource(uri);
	}

	/** The resource's URI, as the ide services and the index name it. */
	public URI getURI() {
		return resource.getURI();
	}

	/** The project corpus this resource sees (null for a file outside the workspace). */
	public CorpusIndex getIndex() {
		return index;
	}

	/**
	 * Runs the work on the resource as parsed from the given text.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException once the editor is closed
	 */
	public synchronized <T> T read(String text, IUnitOfWork<T, XtextResource> work) {
		if (disposed) {
			throw new org.eclipse.core.runtime.OperationCanceledException("the editor is closed");
		}
		try {
			refresh(text);
			return work.exec(resource);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void refresh(String text) throws IOException {
		boolean indexChanged = index != null
				&& (index.version() != indexVersion || openDocuments.indexVersion() != openIndexVersion);
		boolean otherTextChanged = openDocuments.textVersionOfOthers(resource.getURI()) != openTextVersion;
		XtextResourceSet resourceSet = (XtextResourceSet) resource.getResourceSet();
		if (indexChanged) {
			indexVersion = index.version();
			openIndexVersion = openDocuments.indexVersion();
			resourceSets.updateIndex(resourceSet,
					openDocuments.overlay(index.snapshot(), index.getProject().getName(), resource.getURI()));
		}
		if (indexChanged || otherTextChanged) {
			openTextVersion = openDocuments.textVersionOfOthers(resource.getURI());
			// other files loaded earlier may have changed on disk or in their editors since: load
			// them again on demand
			for (Resource other : resourceSet.getResources().toArray(Resource[]::new)) {
				if (other != resource) {
					other.unload();
					resourceSet.getResources().remove(other);
				}
			}
		}
		if (!resource.isLoaded()) {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} else if (!text.equals(parsedText)) {
			resource.reparse(text);
		} else if (indexChanged || otherTextChanged) {
			resource.relink();
		}
		parsedText = text;
	}

	/** Releases the resource set. */
	public synchronized void dispose() {
		disposed = true;
		for (Resource loaded : resource.getResourceSet().getResources().toArray(Resource[]::new)) {
			loaded.unload();
		}
		resource.getResourceSet().getResources().clear();
	}
}

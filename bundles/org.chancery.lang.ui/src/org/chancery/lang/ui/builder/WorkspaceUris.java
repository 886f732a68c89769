package org.chancery.lang.ui.builder;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;

/**
 * Translates between workspace files and the EMF URIs that Xtext's index and the ide services use
 * ({@code platform:/resource/project/path}).
 */
public final class WorkspaceUris {

	private WorkspaceUris() {
	}

	/** The URI under which a workspace file is indexed and loaded. */
	public static URI of(IResource resource) {
		return URI.createPlatformResourceURI(resource.getFullPath().toString(), true);
	}

	/** The workspace file a URI (EMF or lsp4j string) names, if it names one. */
	public static Optional<IFile> fileOf(String uri) {
		return uri == null ? Optional.empty() : fileOf(URI.createURI(uri));
	}

	/** The workspace file a URI names, if it names one. */
	public static Optional<IFile> fileOf(URI uri) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		URI withoutFragment = uri.trimFragment();
		if (withoutFragment.isPlatformResource()) {
			return Optional.of(root.getFile(new Path(withoutFragment.toPlatformString(true))));
		}
		if (withoutFragment.isFile()) {
			IFile[] files = root.findFilesForLocationURI(java.net.URI.create(withoutFragment.toString()));
			return files.length == 0 ? Optional.empty() : Optional.of(files[0]);
		}
		return Optional.empty();
	}
}

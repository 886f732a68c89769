package org.chancery.lang.ide.rename;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

/** Lets the reference finder read other files through one resource set (an editor's or a build's), loading them on demand. */
public final class ResourceSetReader implements IReferenceFinder.IResourceAccess {

	private final ResourceSet resourceSet;

	public ResourceSetReader(ResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	@Override
	public <R> R readOnly(URI targetURI, IUnitOfWork<R, ResourceSet> work) {
		try {
			return work.exec(resourceSet);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}

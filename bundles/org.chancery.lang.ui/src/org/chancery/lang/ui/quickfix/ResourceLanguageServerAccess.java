package org.chancery.lang.ui.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What ide code-action services may ask of "the language server": read the edited resource, or
 * another file of its corpus through the same resource set, synchronously. There is no client and
 * no build to listen to inside the workbench.
 */
class ResourceLanguageServerAccess implements ILanguageServerAccess {

	private final XtextResource resource;

	private final Document document;

	private final ResourceDescriptionsProvider indexProvider;

	ResourceLanguageServerAccess(XtextResource resource, Document document, ResourceDescriptionsProvider indexProvider) {
		this.resource = resource;
		this.document = document;
		this.indexProvider = indexProvider;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		URI target = URI.createURI(uri);
		if (target.equals(resource.getURI())) {
			return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
		}
		Resource other = resource.getResourceSet().getResource(target, true);
		String text = other instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText()
				: "";
		return function.apply(new Context(other, new Document(1, text), false, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return CompletableFuture.completedFuture(function.apply(new IndexContext(
				indexProvider.getResourceDescriptions(resource.getResourceSet()), CancelIndicator.NullImpl)));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// the workbench builder does not report to language-server listeners
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return resource.getResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return new InitializeParams();
	}

	@Override
	public InitializeResult getInitializeResult() {
		return new InitializeResult();
	}
}

package org.chancery.lang.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server with what the protocol asks and Xtext does not do: an unknown request
 * is answered with "method not found" (-32601), not an internal error; an unknown notification is
 * ignored; and a client without hierarchical document symbols gets the outline as a flat list of
 * {@link SymbolInformation}, each with its container's name.
 */
public class ChanceryLanguageServerImpl extends LanguageServerImpl {

	private volatile boolean clientWantsHierarchy = true;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		clientWantsHierarchy = hierarchical(params);
		return super.initialize(params);
	}

	/** The symbols are always computed as a tree; flattened here for a client that wants a list. */
	@Override
	protected boolean isHierarchicalDocumentSymbolSupport() {
		return true;
	}

	@Override
	public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
		if (clientWantsHierarchy) {
			return super.documentSymbol(params);
		}
		String uri = params.getTextDocument().getUri();
		return getRequestManager().runRead(cancel -> {
			List<Either<SymbolInformation, DocumentSymbol>> flat = new ArrayList<>();
			flatten(uri, documentSymbol(params, cancel), null, flat);
			return flat;
		});
	}

	@SuppressWarnings("deprecation") // SymbolInformation is what clients without hierarchy understand
	private static void flatten(String uri, List<DocumentSymbol> symbols, String container,
			List<Either<SymbolInformation, DocumentSymbol>> flat) {
		for (DocumentSymbol symbol : symbols) {
			flat.add(Either.forLeft(new SymbolInformation(symbol.getName(), symbol.getKind(), new Location(uri, symbol.getRange()),
					container)));
			if (symbol.getChildren() != null) {
				flatten(uri, symbol.getChildren(), symbol.getName(), flat);
			}
		}
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException e) {
			CompletableFuture<Object> unknown = new CompletableFuture<>();
			unknown.completeExceptionally(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method: " + method, null)));
			return unknown;
		}
	}

	@Override
	public void notify(String method, Object parameter) {
		try {
			super.notify(method, parameter);
		} catch (UnsupportedOperationException e) {
			// the protocol lets a server ignore notifications it does not know
		}
	}

	private static boolean hierarchical(InitializeParams params) {
		return params.getCapabilities() != null && params.getCapabilities().getTextDocument() != null
				&& params.getCapabilities().getTextDocument().getDocumentSymbol() != null
				&& Boolean.TRUE.equals(params.getCapabilities().getTextDocument().getDocumentSymbol().getHierarchicalDocumentSymbolSupport());
	}
}

package org.chancery.lang.ide.rename;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * LSP {@code textDocument/prepareRename} and {@code textDocument/rename} for ids: the id at the
 * caret and every place in the corpus that writes it are replaced by plain text edits (no
 * re-serialisation of the model, so prose and layout stay as typed). A rename that cannot be done
 * is answered with an error whose message says why.
 */
public class ChanceryRenameService implements IRenameService2 {

	@Inject
	private IdRenaming renaming;

	@Inject
	private IdOccurrences occurrences;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			int offset = context.getDocument().getOffSet(options.getParams().getPosition());
			RenameTarget target = target((XtextResource) context.getResource(), offset);
			return Either3.forSecond(new PrepareRenameResult(target.rangeAtCaret(), target.id()));
		});
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newId = options.getRenameParams().getNewName();
		ILanguageServerAccess access = options.getLanguageServerAccess();
		return access.doSyncRead(uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			RenameTarget target = target(resource, context.getDocument().getOffSet(options.getRenameParams().getPosition()));
			ResourceSet resourceSet = resource.getResourceSet();
			IResourceDescriptions index = indexOf(resourceSet);
			String refusal = renaming.refusalOf(newId, target, index);
			if (refusal != null) {
				throw refused(refusal);
			}
			Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
			for (Location location : occurrences.of(target.element(), new ResourceSetReader(resourceSet), index)) {
				changes.computeIfAbsent(location.getUri(), u -> new java.util.ArrayList<>())
						.add(new TextEdit(location.getRange(), newId));
			}
			return new WorkspaceEdit(changes);
		});
	}

	private RenameTarget target(XtextResource resource, int offset) {
		try {
			return renaming.targetAt(resource, offset);
		} catch (RenameRefusedException e) {
			throw refused(e.getMessage());
		}
	}

	/** The language server's index of every project (the resource sets of its projects carry it). */
	private IResourceDescriptions indexOf(ResourceSet resourceSet) {
		ChunkedResourceDescriptions chunks = ChunkedResourceDescriptions.findInEmfObject(resourceSet);
		return chunks != null ? chunks : indexProvider.getResourceDescriptions(resourceSet);
	}

	private static ResponseErrorException refused(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
	}
}

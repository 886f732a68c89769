package org.chancery.lang.ui.contentassist;

import java.util.List;

import org.chancery.lang.ui.editor.EditorResource;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

import java.util.function.Supplier;

/** Content assist (Ctrl+Space) from the ide layer's {@link ContentAssistService}, in its order. */
public class ServiceContentAssistProcessor implements IContentAssistProcessor {

	/** Characters after which content assist opens by itself (bound by the language's ui module). */
	public static final String ACTIVATION_CHARACTERS = "org.chancery.lang.ui.contentAssistActivationCharacters";

	private final ContentAssistService service;

	private final Supplier<EditorResource> resource;

	private final char[] activationCharacters;

	public ServiceContentAssistProcessor(ContentAssistService service, Supplier<EditorResource> resource,
			char[] activationCharacters) {
		this.service = service;
		this.resource = resource;
		this.activationCharacters = activationCharacters;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		EditorResource editorResource = resource.get();
		if (editorResource == null) {
			return new ICompletionProposal[0];
		}
		String text = viewer.getDocument().get();
		Document document = LspDocuments.of(text);
		return editorResource.read(text, parsed -> {
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(parsed.getURI().toString()),
					LspDocuments.positionOf(document, offset));
			CompletionList list = service.createCompletionList(document, parsed, params, CancelIndicator.NullImpl);
			List<CompletionItem> items = list.getItems();
			return items.stream().map(item -> CompletionItemProposal.of(item, document, offset))
					.toArray(ICompletionProposal[]::new);
		});
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return activationCharacters;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}

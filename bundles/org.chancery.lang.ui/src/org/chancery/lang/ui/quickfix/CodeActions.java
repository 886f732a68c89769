package org.chancery.lang.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ui.editor.EditorResource;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * The ide layer's fixes for problems of a text: asks its {@link ICodeActionService2} (if the
 * language binds one) with the problems as lsp4j diagnostics, and keeps the actions that carry a
 * workspace edit.
 */
public class CodeActions {

	/** One problem to fix: code, message, data and range in the text. */
	public record Problem(String code, String message, String[] data, int offset, int length) {
	}

	@Inject(optional = true)
	private ICodeActionService2 service;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	public List<CodeAction> fixes(EditorResource resource, String text, List<Problem> problems) {
		if (service == null || problems.isEmpty()) {
			return List.of();
		}
		Document document = LspDocuments.of(text);
		List<Diagnostic> diagnostics = problems.stream().map(problem -> toDiagnostic(problem, document)).toList();
		return resource.read(text, parsed -> {
			String uri = parsed.getURI().toString();
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(document);
			options.setResource(parsed);
			options.setURI(uri);
			options.setCancelIndicator(CancelIndicator.NullImpl);
			options.setLanguageServerAccess(new ResourceLanguageServerAccess(parsed, document, indexProvider));
			Range range = diagnostics.get(0).getRange();
			options.setCodeActionParams(
					new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext(diagnostics)));
			List<CodeAction> actions = new ArrayList<>();
			for (Either<Command, CodeAction> action : service.getCodeActions(options)) {
				if (action.isRight() && action.getRight().getEdit() != null) {
					actions.add(action.getRight());
				}
			}
			return actions;
		});
	}

	private static Diagnostic toDiagnostic(Problem problem, Document document) {
		Range range = new Range(LspDocuments.positionOf(document, problem.offset()),
				LspDocuments.positionOf(document, problem.offset() + problem.length()));
		Diagnostic diagnostic = new Diagnostic(range, problem.message());
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		if (problem.code() != null) {
			diagnostic.setCode(problem.code());
		}
		diagnostic.setData(problem.data() == null ? new String[0] : problem.data());
		return diagnostic;
	}
}

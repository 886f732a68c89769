package org.chancery.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;

/**
 * "Change to ‘yang-zengxin’": replaces a mistyped id with one of the close ids that
 * {@link ChanceryIssueCodes#UNRESOLVED_REFERENCE} lists in its data (prefixed "~"), closest first.
 * The diagnostic's range is the id.
 */
public class ReplaceWithCloseIdFix {

	List<CodeAction> fixes(Diagnostic diagnostic, List<String> data, Options options) {
		List<String> closeIds = data.stream().filter(value -> value.startsWith("~")).map(value -> value.substring(1)).toList();
		return closeIds.stream().map(id -> fix(id, id.equals(closeIds.get(0)), diagnostic, options.getURI())).toList();
	}

	private static CodeAction fix(String id, boolean closest, Diagnostic diagnostic, String uri) {
		CodeAction action = new CodeAction("Change to ‘" + id + "’");
		action.setKind(CodeActionKind.QuickFix);
		// the closest id is what the transcriber most likely meant
		action.setIsPreferred(closest);
		action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(diagnostic.getRange(), id)))));
		return action;
	}
}

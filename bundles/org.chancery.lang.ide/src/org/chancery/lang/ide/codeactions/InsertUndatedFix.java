package org.chancery.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * "State that the document is undated" for {@link ChanceryIssueCodes#MISSING_DATE} (reported on
 * the document's id): adds an {@code undated} line after the document's last metadata line
 * ({@link MetadataLines}).
 */
public class InsertUndatedFix {

	@Inject
	private EObjectAtOffsetHelper offsets;

	List<CodeAction> fixes(Diagnostic diagnostic, Options options) {
		Document document = options.getDocument();
		if (!(options.getResource() instanceof XtextResource resource)) {
			return List.of();
		}
		EObject element = offsets.resolveContainedElementAt(resource, document.getOffSet(diagnostic.getRange().getStart()));
		AbstractDocument target = EcoreUtil2.getContainerOfType(element, AbstractDocument.class);
		if (target == null) {
			return List.of();
		}
		CodeAction action = new CodeAction("State that the document is undated");
		action.setKind(CodeActionKind.QuickFix);
		action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(MetadataLines.append(target, document, "undated")))));
		return List.of(action);
	}
}

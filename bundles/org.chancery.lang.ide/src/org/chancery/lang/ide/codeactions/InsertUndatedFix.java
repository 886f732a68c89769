package org.chancery.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Metadatum;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * "State that the document is undated" for {@link ChanceryIssueCodes#MISSING_DATE} (reported on
 * the document's id): adds an {@code undated} line after the document's last metadata line,
 * indented like it, or as the first line of the document when it has no metadata.
 */
public class InsertUndatedFix {

	private static final String INDENT = "  ";

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
		action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(insertion(target, document)))));
		return List.of(action);
	}

	private static TextEdit insertion(AbstractDocument target, Document document) {
		List<Metadatum> metadata = target.getItems().stream().filter(Metadatum.class::isInstance).map(Metadatum.class::cast).toList();
		String text = document.getContents();
		int offset;
		String indent;
		if (metadata.isEmpty()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(target);
			ILeafNode brace = openingBrace(node);
			offset = brace == null ? node.getEndOffset() : brace.getEndOffset();
			indent = indentationAt(text, node.getOffset()) + INDENT;
		} else {
			ICompositeNode last = NodeModelUtils.findActualNodeFor(metadata.get(metadata.size() - 1));
			offset = last.getEndOffset();
			indent = indentationAt(text, last.getOffset());
		}
		Position position = document.getPosition(offset);
		return new TextEdit(new Range(position, position), "\n" + indent + "undated");
	}

	private static ILeafNode openingBrace(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return leaf;
			}
		}
		return null;
	}

	/** The whitespace that starts the line of the offset. */
	private static String indentationAt(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}
}

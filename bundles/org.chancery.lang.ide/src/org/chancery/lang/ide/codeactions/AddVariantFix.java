package org.chancery.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.EntryProperty;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.PreferredName;
import org.chancery.lang.chancery.Variants;
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
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * "Add ‘Kudashov’ as a variant of kudashev" for {@link ChanceryIssueCodes#NAME_MISMATCH} (reported
 * on the mention's id; data: the mention's words, then the entry's names): the words become a
 * variant of the entry, appended to its {@code variant} line, or on a new {@code variant} line
 * after its name when it has none. The edit is in the entry's register file.
 */
public class AddVariantFix {

	private static final String INDENT = "  ";

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private UriExtensions uris;

	List<CodeAction> fixes(Diagnostic diagnostic, List<String> data, Options options) {
		if (data.isEmpty() || data.get(0).isBlank() || !(options.getResource() instanceof XtextResource resource)) {
			return List.of();
		}
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		EObject element = offsets.resolveContainedElementAt(resource, offset);
		Mention mention = element == null ? null : EcoreUtil2.getContainerOfType(element, Mention.class);
		// a mention of several entries reports NO_SHARED_NAME instead: only a single referent gets this fix
		if (mention == null || mention.getTargets().size() != 1 || !(mention.getTargets().get(0) instanceof Entry entry) || entry.eIsProxy()
				|| !(entry.eResource() instanceof XtextResource register) || register.getParseResult() == null) {
			return List.of();
		}
		String words = data.get(0).strip().replaceAll("\\s+", " ");
		Document registerText = new Document(1, register.getParseResult().getRootNode().getText());
		CodeAction action = new CodeAction("Add ‘" + words + "’ as a variant of " + entry.getName());
		action.setKind(CodeActionKind.QuickFix);
		action.setIsPreferred(true);
		action.setEdit(new WorkspaceEdit(Map.of(uris.toUriString(register.getURI()), List.of(edit(entry, words, registerText)))));
		return List.of(action);
	}

	private static TextEdit edit(Entry entry, String words, Document text) {
		String quoted = "\"" + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		Variants variants = property(entry, Variants.class);
		if (variants != null) {
			Position end = text.getPosition(NodeModelUtils.findActualNodeFor(variants).getEndOffset());
			return new TextEdit(new Range(end, end), ", " + quoted);
		}
		EntryProperty anchor = property(entry, PreferredName.class);
		int offset;
		String indent;
		if (anchor != null) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(anchor);
			offset = node.getEndOffset();
			indent = indentationAt(text.getContents(), node.getOffset());
		} else {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(entry);
			offset = openingBraceEnd(node);
			indent = indentationAt(text.getContents(), node.getOffset()) + INDENT;
		}
		Position position = text.getPosition(offset);
		return new TextEdit(new Range(position, position), "\n" + indent + "variant " + quoted);
	}

	private static <T extends EntryProperty> T property(Entry entry, Class<T> type) {
		return entry.getProperties().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	private static int openingBraceEnd(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return leaf.getEndOffset();
			}
		}
		return node.getEndOffset();
	}

	private static String indentationAt(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}
}

package org.chancery.lang.ide.codeactions;

import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Metadatum;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Adds a metadata line to a document: after its last metadata line, indented like it, or as the
 * first line of the document when it has no metadata.
 */
final class MetadataLines {

	private static final String INDENT = "  ";

	private MetadataLines() {
	}

	static TextEdit append(AbstractDocument target, Document document, String line) {
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
		return new TextEdit(new Range(position, position), "\n" + indent + line);
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

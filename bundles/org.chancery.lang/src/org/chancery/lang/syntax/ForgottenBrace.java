package org.chancery.lang.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Finds the block whose '}' was really forgotten when an outer block is left unclosed. A missing
 * '}' of a note, an annotation or a session makes every later '}' close the block before it, so
 * the parser only notices at the end that the document is unclosed. The indentation tells: the
 * block whose '}' stands left of its own line's indentation was closed by its parent's brace.
 */
final class ForgottenBrace {

	private ForgottenBrace() {
	}

	/** The opening brace of the first block within the node closed at a shallower indentation. */
	static Optional<ILeafNode> within(INode owner) {
		String text = owner.getRootNode().getText();
		Deque<ILeafNode> open = new ArrayDeque<>();
		for (ILeafNode leaf : owner.getLeafNodes()) {
			if (leaf.isHidden() || leaf.getLength() == 0 || "Surplus".equals(ParseContext.ruleName(leaf.getParent()))) {
				continue;
			}
			if ("{".equals(leaf.getText())) {
				open.push(leaf);
			} else if ("}".equals(leaf.getText()) && !open.isEmpty()) {
				ILeafNode opening = open.pop();
				if (opensALine(text, leaf.getOffset()) && column(text, leaf.getOffset()) < indentation(text, opening.getOffset())) {
					return Optional.of(opening);
				}
			}
		}
		return Optional.empty();
	}

	private static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	private static int column(String text, int offset) {
		return offset - lineStart(text, offset);
	}

	private static boolean opensALine(String text, int offset) {
		return text.substring(lineStart(text, offset), offset).isBlank();
	}

	private static int indentation(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return end - start;
	}
}

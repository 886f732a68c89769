package org.chancery.lang.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.EntryProperty;
import org.chancery.lang.chancery.Member;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Which lines of a Chancery file the formatter indents, and how deep: the first line of every
 * entry, document, entry property and document item, and the line of an entry's, document's or
 * division's closing brace, when that line holds nothing before it. Depth 0 is a top-level
 * declaration; its properties and items are at depth 1, the items of a document's nested
 * documents and of its writing sessions and sections one deeper, and so on.
 */
public class IndentationPlan {

	/** A line to indent: where its indentation starts, what it is now, the depth it belongs at. */
	public record Line(int offset, String currentIndentation, int depth) {
	}

	public List<Line> linesOf(ChanceryFile file, String text) {
		List<Line> lines = new ArrayList<>();
		for (Member member : file.getMembers()) {
			addMember(member, 0, text, lines);
		}
		return lines;
	}

	private void addMember(EObject member, int depth, String text, List<Line> lines) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(member);
		if (node == null) {
			return;
		}
		addLine(node.getOffset(), depth, text, lines);
		if (member instanceof Entry entry) {
			for (EntryProperty property : entry.getProperties()) {
				addFirstLine(property, depth + 1, text, lines);
			}
		} else if (member instanceof Document document) {
			addItems(document.getItems(), depth + 1, text, lines);
		} else if (member instanceof Division division) {
			addItems(division.getItems(), depth + 1, text, lines);
		}
		ILeafNode closing = lastToken(node);
		if (closing != null && "}".equals(closing.getText())) {
			addLine(closing.getOffset(), depth, text, lines);
		}
	}

	private void addItems(List<? extends DocumentItem> items, int depth, String text, List<Line> lines) {
		for (DocumentItem item : items) {
			if (item instanceof Document || item instanceof Division) {
				addMember(item, depth, text, lines);
			} else {
				// the opening line only: a text block's lines are prose
				addFirstLine(item, depth, text, lines);
			}
		}
	}

	private static void addFirstLine(EObject element, int depth, String text, List<Line> lines) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node != null) {
			addLine(node.getOffset(), depth, text, lines);
		}
	}

	/** Adds the line of the offset if only whitespace precedes the offset on it. */
	private static void addLine(int offset, int depth, String text, List<Line> lines) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		String before = text.substring(lineStart, offset);
		if (before.isBlank()) {
			lines.add(new Line(lineStart, before, depth));
		}
	}

	private static ILeafNode lastToken(ICompositeNode node) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last;
	}
}

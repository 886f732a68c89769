package org.chancery.lang.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Member;
import org.chancery.lang.structure.StructureNode.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The structure of a parsed file: its documents (with their metadata fields, text blocks and
 * documents written inside them), register entries (with their properties) and hands, each with
 * its place in the text. What {@code chancery diff} and the Compare editor compare.
 */
public final class StructureOutline {

	private StructureOutline() {
	}

	public static List<StructureNode> of(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ChanceryFile file)) {
			return List.of();
		}
		List<StructureNode> nodes = new ArrayList<>();
		for (Member member : file.getMembers()) {
			StructureNode node = switch (member) {
				case Document document -> document(document);
				case Entry entry -> container(Kind.ENTRY, entry, entry.getName(), entry.getProperties());
				case Hand hand -> container(Kind.HAND, hand, hand.getName(), List.of());
				default -> null;
			};
			if (node != null) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	private static StructureNode document(Document document) {
		return container(Kind.DOCUMENT, document, document.getName(), document.getItems());
	}

	private static StructureNode container(Kind kind, EObject element, String id, List<? extends EObject> items) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String keyword = firstToken(node);
		List<StructureNode> children = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (EObject item : items) {
			StructureNode child = switch (item) {
				case Document inner -> document(inner);
				case Division division -> division(division);
				default -> field(item);
			};
			if (child != null) {
				children.add(numbered(child, seen));
			}
		}
		String key = id == null ? "" : id;
		return new StructureNode(kind, key, keyword + " " + key, normalised(node), node.getOffset(), node.getLength(),
				List.copyOf(children));
	}

	private static StructureNode division(Division division) {
		ICompositeNode node = NodeModelUtils.getNode(division);
		String keyword = firstToken(node);
		List<StructureNode> children = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (EObject item : division.getItems()) {
			StructureNode child = item instanceof Document inner ? document(inner) : field(item);
			if (child != null) {
				children.add(numbered(child, seen));
			}
		}
		return new StructureNode(Kind.DIVISION, keyword, keyword, normalised(node), node.getOffset(), node.getLength(),
				List.copyOf(children));
	}

	/** A metadata line keyed by its keyword, or a block keyed by the words before its braces. */
	private static StructureNode field(EObject item) {
		ICompositeNode node = NodeModelUtils.getNode(item);
		if (node == null) {
			return null;
		}
		List<String> head = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (leaf.getText().equals("{") || (!head.isEmpty() && !isBlock(node))) {
				break;
			}
			head.add(leaf.getText());
		}
		String key = isBlock(node) ? String.join(" ", head) : head.isEmpty() ? "" : head.get(0);
		String text = normalised(node);
		String value = text.startsWith(key) ? text.substring(key.length()).strip() : text;
		return new StructureNode(Kind.FIELD, key, key, value, node.getOffset(), node.getLength(), List.of());
	}

	private static boolean isBlock(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals("{")) {
				return true;
			}
		}
		return false;
	}

	/** The second and later elements of the same key become {@code key #2}, {@code key #3}. */
	private static StructureNode numbered(StructureNode node, Map<String, Integer> seen) {
		int count = seen.merge(node.kind() + " " + node.key(), 1, Integer::sum);
		if (count == 1) {
			return node;
		}
		String key = node.key() + " #" + count;
		String label = node.kind() == Kind.FIELD ? key : node.label() + " #" + count;
		return new StructureNode(node.kind(), key, label, node.value(), node.offset(), node.length(), node.children());
	}

	private static String firstToken(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getText();
			}
		}
		return "";
	}

	private static String normalised(ICompositeNode node) {
		return NodeModelUtils.getTokenText(node).replaceAll("\\s+", " ").strip();
	}
}

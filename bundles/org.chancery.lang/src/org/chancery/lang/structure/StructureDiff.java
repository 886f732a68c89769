package org.chancery.lang.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two versions of a corpus, element by element: documents and register
 * entries are matched by id wherever they stand (a document moved to another file is not a change),
 * fields by their key within their element.
 */
public final class StructureDiff {

	/** What happened to an element. */
	public enum Change {
		ADDED, REMOVED, CHANGED
	}

	/**
	 * One difference: a whole element added or removed, or an element changed, with the differences
	 * of its fields and inner elements (for a changed field: none; old and new say what changed).
	 */
	public record Difference(Change change, StructureNode oldNode, StructureNode newNode, List<Difference> inner) {

		/** The element as it is now, or as it was if it is gone. */
		public StructureNode node() {
			return newNode != null ? newNode : oldNode;
		}
	}

	private StructureDiff() {
	}

	/** The differences in the order of the new version, removed elements after the others. */
	public static List<Difference> between(List<StructureNode> oldNodes, List<StructureNode> newNodes) {
		Map<String, StructureNode> before = byIdentity(oldNodes);
		Map<String, StructureNode> after = byIdentity(newNodes);
		List<Difference> differences = new ArrayList<>();
		for (Map.Entry<String, StructureNode> now : after.entrySet()) {
			StructureNode was = before.get(now.getKey());
			if (was == null) {
				differences.add(new Difference(Change.ADDED, null, now.getValue(), List.of()));
			} else if (!was.value().equals(now.getValue().value())) {
				differences.add(new Difference(Change.CHANGED, was, now.getValue(), between(was.children(), now.getValue().children())));
			}
		}
		for (Map.Entry<String, StructureNode> was : before.entrySet()) {
			if (!after.containsKey(was.getKey())) {
				differences.add(new Difference(Change.REMOVED, was.getValue(), null, List.of()));
			}
		}
		return differences;
	}

	private static Map<String, StructureNode> byIdentity(List<StructureNode> nodes) {
		Map<String, StructureNode> map = new LinkedHashMap<>();
		for (StructureNode node : nodes) {
			// fields and elements never share a key space; a duplicate id keeps its first element
			map.putIfAbsent((node.kind() == StructureNode.Kind.FIELD ? "field " : "element ") + node.key(), node);
		}
		return map;
	}
}

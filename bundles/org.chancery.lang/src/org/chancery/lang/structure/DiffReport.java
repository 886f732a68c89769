package org.chancery.lang.structure;

import java.util.List;

import org.chancery.lang.structure.StructureDiff.Change;
import org.chancery.lang.structure.StructureDiff.Difference;
import org.chancery.lang.structure.StructureNode.Kind;

/**
 * The differences as {@code chancery diff} prints them, one element a line and its changed fields
 * indented below it:
 *
 * <pre>
 * ~ telegram 1949-10-14-filipov-to-kovalev
 *     date: 1949-10-14 → 1949-10-15
 *     + sent 1949-10-13
 *     - number 4159
 *     ~ text (changed)
 * + letter 1950-01-02-new-letter
 * - person old-entry
 * </pre>
 */
public final class DiffReport {

	private DiffReport() {
	}

	public static String print(List<Difference> differences) {
		StringBuilder out = new StringBuilder();
		print(differences, "", out);
		return out.toString();
	}

	/** {@code 2 changed, 1 added, 1 removed} of the top-level elements, or {@code no differences}. */
	public static String summary(List<Difference> differences) {
		if (differences.isEmpty()) {
			return "no differences";
		}
		return count(differences, Change.CHANGED) + " changed, " + count(differences, Change.ADDED) + " added, "
				+ count(differences, Change.REMOVED) + " removed";
	}

	private static long count(List<Difference> differences, Change change) {
		return differences.stream().filter(d -> d.change() == change).count();
	}

	private static void print(List<Difference> differences, String indent, StringBuilder out) {
		for (Difference difference : differences) {
			StructureNode node = difference.node();
			out.append(indent);
			if (node.kind() == Kind.FIELD) {
				out.append(field(difference));
			} else {
				out.append(sign(difference.change())).append(' ').append(node.label());
			}
			out.append('\n');
			if (difference.change() == Change.CHANGED && node.kind() != Kind.FIELD) {
				print(difference.inner(), indent + "    ", out);
			}
		}
	}

	private static String field(Difference difference) {
		StructureNode node = difference.node();
		return switch (difference.change()) {
			case ADDED -> "+ " + node.label() + (node.isBlock() ? "" : " " + node.value());
			case REMOVED -> "- " + node.label() + (node.isBlock() ? "" : " " + node.value());
			case CHANGED -> node.isBlock() ? "~ " + node.label() + " (changed)"
					: node.label() + ": " + difference.oldNode().value() + " → " + difference.newNode().value();
		};
	}

	private static String sign(Change change) {
		return switch (change) {
			case ADDED -> "+";
			case REMOVED -> "-";
			case CHANGED -> "~";
		};
	}
}

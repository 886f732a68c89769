package org.chancery.lang.ui.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The outline's tree of document symbols. A service that reports symbols flat gets them nested by
 * their ranges, so that the outline is a tree either way.
 */
public final class SymbolTree {

	private SymbolTree() {
	}

	/** The symbols as a tree (as given if they already nest). */
	public static List<DocumentSymbol> of(List<DocumentSymbol> symbols) {
		if (symbols.stream().anyMatch(symbol -> symbol.getChildren() != null && !symbol.getChildren().isEmpty())) {
			return symbols;
		}
		List<DocumentSymbol> sorted = new ArrayList<>(symbols);
		sorted.sort(Comparator.comparing((DocumentSymbol s) -> s.getRange().getStart(), SymbolTree::compare));
		List<DocumentSymbol> roots = new ArrayList<>();
		List<DocumentSymbol> open = new ArrayList<>();
		for (DocumentSymbol symbol : sorted) {
			symbol.setChildren(new ArrayList<>());
			while (!open.isEmpty() && !contains(open.get(open.size() - 1).getRange(), symbol.getRange())) {
				open.remove(open.size() - 1);
			}
			(open.isEmpty() ? roots : open.get(open.size() - 1).getChildren()).add(symbol);
			open.add(symbol);
		}
		return roots;
	}

	/** The innermost symbol whose range holds the position, or null. */
	public static DocumentSymbol innermostAt(List<DocumentSymbol> symbols, Position position) {
		for (DocumentSymbol symbol : symbols) {
			if (contains(symbol.getRange(), new Range(position, position))) {
				DocumentSymbol inner = symbol.getChildren() == null ? null : innermostAt(symbol.getChildren(), position);
				return inner != null ? inner : symbol;
			}
		}
		return null;
	}

	/** The tree printed one symbol a line, indented by depth: "name (kind)". For tests and logs. */
	public static String print(List<DocumentSymbol> symbols) {
		StringBuilder out = new StringBuilder();
		print(symbols, "", out);
		return out.toString();
	}

	private static void print(List<DocumentSymbol> symbols, String indent, StringBuilder out) {
		for (DocumentSymbol symbol : symbols) {
			out.append(indent).append(SymbolLabels.textOf(symbol)).append('\n');
			if (symbol.getChildren() != null) {
				print(symbol.getChildren(), indent + "  ", out);
			}
		}
	}

	private static boolean contains(Range outer, Range inner) {
		return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
				: Integer.compare(a.getCharacter(), b.getCharacter());
	}
}

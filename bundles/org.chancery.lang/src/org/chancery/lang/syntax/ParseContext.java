package org.chancery.lang.syntax;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/** Where in the grammar the parser was when it met an error: the rules of the open nodes. */
final class ParseContext {

	private ParseContext() {
	}

	/** The rule of the node, if the node stands for a rule. */
	static String ruleName(INode node) {
		Object element = node.getGrammarElement();
		AbstractRule rule = switch (element) {
			case RuleCall call -> call.getRule();
			case AbstractRule r -> r;
			// a node made by an assigned action ({ChanceryFile}) stands for the rule that holds it
			case Action action -> GrammarUtil.containingRule(action);
			case null, default -> null;
		};
		return rule == null ? null : rule.getName();
	}

	/** The innermost open rule whose name is one of the given ones, or null. */
	static String innermost(INode node, java.util.Set<String> names) {
		for (INode n = node; n != null; n = n.getParent()) {
			String name = ruleName(n);
			if (name != null && names.contains(name)) {
				return name;
			}
		}
		return null;
	}

	/**
	 * The innermost open node, from the given one outwards, that has one of its own leaves (not a
	 * nested element's) spelt as one of the openers; null if none has.
	 */
	static ILeafNode openingLeaf(INode node, java.util.Set<String> openers) {
		for (INode n = node; n != null; n = n.getParent()) {
			if (n instanceof ICompositeNode composite) {
				ILeafNode leaf = ownLeaf(composite, openers);
				if (leaf != null) {
					return leaf;
				}
			}
		}
		return null;
	}

	private static ILeafNode ownLeaf(ICompositeNode composite, java.util.Set<String> openers) {
		for (INode child : composite.getChildren()) {
			if (child instanceof ILeafNode leaf && !leaf.isHidden() && openers.contains(leaf.getText())) {
				return leaf;
			}
			if (child instanceof ICompositeNode fragment && isFragment(fragment)) {
				ILeafNode inFragment = ownLeaf(fragment, openers);
				if (inFragment != null) {
					return inFragment;
				}
			}
		}
		return null;
	}

	private static boolean isFragment(ICompositeNode node) {
		return node.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof ParserRule rule && rule.isFragment();
	}
}

package org.chancery.lang.syntax;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.UnorderedGroup;

/**
 * The keywords a rule of the grammar can start with, read from the grammar itself so that the
 * suggestions for a misspelt keyword never fall behind the language.
 */
final class FirstKeywords {

	private final Set<String> keywords = new TreeSet<>();
	private final Set<AbstractRule> visiting = new HashSet<>();

	private FirstKeywords() {
	}

	static Set<String> of(AbstractRule rule) {
		FirstKeywords first = new FirstKeywords();
		first.rule(rule);
		return Set.copyOf(first.keywords);
	}

	/** @return whether the rule can match nothing */
	private boolean rule(AbstractRule rule) {
		if (rule instanceof TerminalRule || !visiting.add(rule)) {
			return false;
		}
		boolean empty = element(rule.getAlternatives());
		visiting.remove(rule);
		return empty;
	}

	/** Adds the element's first keywords; @return whether it can match nothing */
	private boolean element(AbstractElement element) {
		boolean empty = switch (element) {
			case null -> true;
			case Keyword keyword -> {
				if (Character.isLetter(keyword.getValue().charAt(0))) {
					keywords.add(keyword.getValue());
				}
				yield false;
			}
			case RuleCall call -> rule(call.getRule());
			case Assignment assignment -> element(assignment.getTerminal());
			case CrossReference reference -> element(reference.getTerminal());
			case EnumLiteralDeclaration literal -> element(literal.getLiteral());
			case Alternatives alternatives -> alternatives.getElements().stream().map(this::element).reduce(false, Boolean::logicalOr);
			case UnorderedGroup group -> group.getElements().stream().map(this::element).reduce(true, Boolean::logicalAnd);
			case Group group -> sequence(group);
			case Action action -> true;
			default -> false;
		};
		return empty || GrammarUtil.isOptionalCardinality(element);
	}

	private boolean sequence(Group group) {
		for (AbstractElement part : group.getElements()) {
			if (!element(part)) {
				return false;
			}
		}
		return true;
	}
}

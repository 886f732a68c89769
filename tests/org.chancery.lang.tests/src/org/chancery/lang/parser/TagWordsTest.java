package org.chancery.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.chancery.lang.services.ChanceryGrammarAccess;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * {@link ProseLexing#TAG_WORDS} follows the grammar: exactly the words that only the rules of
 * inline tags use (and the reasons of supplied text, which `brackets` also takes). A word added to
 * a tag's head and forgotten here would be a keyword everywhere, and break every id it spells.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ChanceryInjectorProvider.class)
class TagWordsTest {

	private static final Set<String> TAG_RULES = Set.of("Mention", "Highlight", "HighlightStyle", "Unclear", "SicTag",
			"QuotedDocument", "Quotation", "Deletion", "DeletionManner", "Addition", "AdditionPlace", "Substitution",
			"Abbreviation", "Supplied", "SuppliedReason", "ForeignText", "LetterPart", "LetterPartKind", "ItemLabel",
			"InlineFigure", "PageBreak", "LineBreak", "HandShift");

	@Inject
	private ChanceryGrammarAccess grammar;

	@Test
	void theTagWordsAreTheWordsOnlyTagsUse() {
		Map<String, Set<String>> rulesOfWord = new TreeMap<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(grammar.getGrammar())) {
			if (Character.isLetter(keyword.getValue().charAt(0))) {
				rulesOfWord.computeIfAbsent(keyword.getValue(), word -> new TreeSet<>()).add(GrammarUtil.containingRule(keyword).getName());
			}
		}
		Set<String> onlyInTags = new TreeSet<>();
		rulesOfWord.forEach((word, rules) -> {
			if (TAG_RULES.containsAll(rules)) {
				onlyInTags.add(word);
			}
		});
		assertEquals(onlyInTags, new TreeSet<>(ProseLexing.TAG_WORDS));
	}
}

package org.chancery.lang.syntax;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The keywords that may stand where the parser is: in a document, in a register entry, at the top
 * of a file, in a session or section. A misspelt one is compared against them.
 */
@Singleton
public class ExpectedKeywords {

	/** The rule being parsed, and the rule whose first keywords may stand in it. */
	private static final Map<String, String> ITEMS = Map.of("Document", "DocumentItem", "QuotedDocument", "QuotedItem",
			"Person", "EntryProperty", "Place", "EntryProperty", "Organisation", "EntryProperty", "Publication",
			"EntryProperty", "ChanceryFile", "Member", "Division", "BodyElement");

	private static final Map<String, String> HINTS = Map.of(
			"Document", " A document holds metadata such as title, from, to, date, sent, source, and blocks such as text { … } and note 1 { … }.",
			"QuotedDocument", " A quoted document states metadata such as from, to and date before its ‘|’.",
			"Person", " A register entry holds name, variant, alias, office, born, died and ids such as wikidata.",
			"Place", " A register entry holds name, variant, coordinates, identification and ids such as geonames.",
			"Organisation", " A register entry holds name, variant, alias, note and ids such as wikidata.",
			"Publication", " A register entry holds title, name, note and ids such as viaf.",
			"ChanceryFile", " A file holds register entries (person, place, organisation, publication), documents (letter, telegram, …) and hands.",
			"Division", " A session or section holds blocks such as heading { … }, opener { … } and text { … }.");

	@Inject
	private IGrammarAccess grammar;

	private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

	/** Where a message is placed: the message, code and data made into a syntax error. */
	interface Placement {
		SyntaxErrorMessage at(String message, String code, String... data);
	}

	/** The keywords that may start what comes next in the rule being parsed; empty if unknown. */
	public Set<String> validAt(INode node) {
		return validIn(node == null ? null : ParseContext.ruleName(node));
	}

	/** The rule of the block a keyword opens: `letter` a document, `person` a register entry, `session` a division. */
	static String ruleOfBlock(String keyword) {
		return switch (keyword) {
			case "person" -> "Person";
			case "place" -> "Place";
			case "organisation" -> "Organisation";
			case "publication" -> "Publication";
			case "session", "section" -> "Division";
			default -> "Document";
		};
	}

	/** "‘titel’ is not a word of the language here; did you mean ‘title’?", for a word in the rule. */
	SyntaxErrorMessage unknownWord(String word, String rule, Placement placement) {
		Set<String> valid = validIn(rule);
		String hint = rule == null ? "" : HINTS.getOrDefault(rule, "");
		return KeywordSuggestion.closest(word, valid)
				.map(keyword -> placement.at(SourceQuote.quoted(word) + " is not a word of the language here; did you mean ‘"
						+ keyword + "’?", SyntaxIssueCodes.UNKNOWN_WORD, word, keyword))
				.orElseGet(() -> placement.at(SourceQuote.quoted(word) + " is not a word of the language here." + hint,
						SyntaxIssueCodes.UNKNOWN_WORD, word));
	}

	private Set<String> validIn(String rule) {
		String items = rule == null ? null : ITEMS.get(rule);
		if (items == null) {
			return Set.of();
		}
		return cache.computeIfAbsent(items, name -> FirstKeywords.of(GrammarUtil.findRuleForName(grammar.getGrammar(), name)));
	}

	/** A sentence on what may stand here, with a leading space; empty if there is none. */
	String hint(INode node) {
		String rule = node == null ? null : ParseContext.ruleName(node);
		return rule == null ? "" : HINTS.getOrDefault(rule, "");
	}
}

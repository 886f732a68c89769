package org.chancery.lang.syntax;

import java.util.Map;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Every error of the parser and the lexer as a sentence in the words of docs/language.md: what
 * stands there, what was expected, and, for a misspelt keyword, the keyword meant. A bracket left
 * unclosed is reported at its opening, not where the parser gave up on it.
 */
public class ChancerySyntaxErrorMessages implements ISyntaxErrorMessageProvider {

	/** The closing brackets and what opens each. */
	private static final Map<String, Set<String>> OPENERS = Map.of("'>'", Set.of("<"), "']'", Set.of("[", "[^"), "'⟩'",
			Set.of("⟨"), "'}'", Set.of("{"));

	@Inject
	private ExpectedKeywords keywords;

	private final LexerErrorMessages lexerErrors = new LexerErrorMessages();

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return lexerErrors.message(context.getDefaultMessage(), keywords);
		}
		if (FollowUps.ofLexerError(exception)) {
			// the lexer's error stands just before: nothing more to say
			return null;
		}
		String[] names = context.getTokenNames();
		INode node = context.getCurrentNode();
		return switch (exception) {
			case MissingTokenException missing -> missing(node, name(names, missing.expecting), exception.token);
			case UnwantedTokenException unwanted -> unwanted(node, name(names, unwanted.expecting), unwanted.getUnexpectedToken());
			case MismatchedTokenException mismatched -> mismatched(node, name(names, mismatched.expecting), exception.token, names);
			default -> unexpected(node, exception.token, names);
		};
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(SourceQuote.shortened(context.getDefaultMessage()), SyntaxIssueCodes.BAD_VALUE);
	}

	/** Something the grammar requires is missing before the token: often a closing bracket. */
	private SyntaxErrorMessage missing(INode node, String expected, Token found) {
		Set<String> openers = OPENERS.get(expected);
		ILeafNode opening = openers == null ? null : ParseContext.openingLeaf(node, openers);
		if (opening != null) {
			return Unclosed.at(opening);
		}
		return explained(node, found, "Expected " + Phrases.expected(expected, node) + " before " + Phrases.found(found) + ".");
	}

	/** One token too many: the parser skips it. */
	private SyntaxErrorMessage unwanted(INode node, String expected, Token token) {
		if (Phrases.isClosing(token.getText())) {
			return atToken(token, Unclosed.closingNothing(token.getText()), SyntaxIssueCodes.UNMATCHED_CLOSING);
		}
		return explained(node, token, Phrases.capitalised(Phrases.found(token)) + " does not belong here: remove it.");
	}

	private SyntaxErrorMessage mismatched(INode node, String expected, Token found, String[] names) {
		if ("EOF".equals(expected) && found != null && Phrases.isClosing(found.getText())) {
			return atToken(found, Unclosed.closingNothing(found.getText()), SyntaxIssueCodes.UNMATCHED_CLOSING);
		}
		if ("'}'".equals(expected) || "EOF".equals(expected)) {
			// a loop of items ended at something that is no item
			return unexpected(node, found, names);
		}
		if ("'|'".equals(expected)) {
			return explained(node, found, "Expected ‘|’ before " + Phrases.found(found)
					+ ": a tag's words follow a ‘|’, as in <yang-zengxin|Yang Zengxin>.");
		}
		return explained(node, found, "Expected " + Phrases.expected(expected, node) + " here, not " + Phrases.found(found) + ".");
	}

	/** A token that no rule open here can take. */
	private SyntaxErrorMessage unexpected(INode node, Token found, String[] names) {
		if (found != null && found.getType() == Token.EOF) {
			ILeafNode opening = ParseContext.openingLeaf(node, Set.of("{", "<", "[", "[^", "⟨"));
			if (opening != null) {
				return Unclosed.at(opening);
			}
		}
		if ("Identifier".equals(ParseContext.ruleName(node))) {
			return explained(node, found, "Expected an id such as yang-zengxin before " + Phrases.found(found) + ".");
		}
		return explained(node, found, Phrases.capitalised(Phrases.found(found)) + " cannot stand here." + keywords.hint(node));
	}

	/**
	 * The most telling message for the token: a closing bracket that closes nothing, a misspelt
	 * keyword, a malformed date; else the fallback.
	 */
	private SyntaxErrorMessage explained(INode node, Token found, String fallback) {
		SyntaxErrorMessage word = unknownWord(node, found);
		if (word != null) {
			return word;
		}
		if (Phrases.inDate(node)) {
			boolean missing = found == null || found.getType() == Token.EOF || Phrases.isClosing(found.getText());
			return atToken(found, missing ? "Expected a date such as 1942-05-02 before " + Phrases.found(found) + "."
					: Phrases.capitalised(Phrases.found(found)) + " is not a date: write a date such as 1942-05-02 (or 1942-05, or 1942).",
					SyntaxIssueCodes.UNEXPECTED);
		}
		if (Phrases.afterDate(node, found)) {
			return atToken(found, Phrases.capitalised(Phrases.found(found))
					+ " cannot stand in a date: write a date such as 1942-05-02 (or 1942-05, or 1942).", SyntaxIssueCodes.UNEXPECTED);
		}
		return atToken(found, fallback, SyntaxIssueCodes.UNEXPECTED);
	}

	/** A word where the grammar wants one of its keywords: a misspelling, perhaps. */
	private SyntaxErrorMessage unknownWord(INode node, Token found) {
		if (found == null || found.getType() == Token.EOF || !Phrases.isWord(found.getText()) || Phrases.inDate(node)) {
			return null;
		}
		Set<String> valid = keywords.validAt(node);
		if (valid.isEmpty() || valid.contains(found.getText())) {
			return null;
		}
		return keywords.unknownWord(found.getText(), ParseContext.ruleName(node),
				(message, code, data) -> atToken(found, message, code, data));
	}

	/** The message at the token's own place, wherever the parser attaches it. */
	private static SyntaxErrorMessage atToken(Token token, String message, String code, String... data) {
		if (token instanceof CommonToken common && token.getType() != Token.EOF && common.getStartIndex() >= 0) {
			return LocatedSyntaxError.at(common.getStartIndex(), common.getStopIndex() - common.getStartIndex() + 1, message,
					code, data);
		}
		return new SyntaxErrorMessage(message, code, data);
	}

	private static String name(String[] names, int type) {
		return type >= 0 && type < names.length ? names[type] : type == Token.EOF ? "EOF" : "?";
	}
}

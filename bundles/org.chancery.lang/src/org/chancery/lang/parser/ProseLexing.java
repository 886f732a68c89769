package org.chancery.lang.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;
import org.chancery.lang.syntax.LexerErrorMessages;
import org.chancery.lang.syntax.NestingLimits;
import org.chancery.lang.syntax.SyntaxIssueCodes;

/**
 * Prose mode for a generated ANTLR lexer. The runtime lexer and the content-assist lexer of the
 * ide layer are generated separately (with their own token numbers); each subclass delegates to
 * one instance of this class from {@code mTokens()} and {@code nextToken()}.
 */
public final class ProseLexing {

	/**
	 * The words of the grammar that only the head of an inline tag uses (`<del|…>`, `<add above|…>`,
	 * `<hi underline|…>`). They are keywords there; anywhere else the lexer reads them as ids, so
	 * that `person add`, `from margin` or `note label` keep working. The reasons of supplied text
	 * are also keywords right after `brackets` (`brackets damage`).
	 */
	public static final Set<String> TAG_WORDS = Set.of("rs", "hi", "rend", "unclear", "sic", "quote", "del", "add",
			"subst", "abbr", "supplied", "foreign", "dateline", "salute", "signed", "label", "pb", "lb", "underline",
			"double-underline", "italic", "spaced", "superscript", "latintype", "strikethrough", "erasure", "overwritten",
			"above", "below", "margin", "inline", "clarification", "damage", "illegible");

	/** The tag words that may follow `brackets`. */
	private static final Set<String> SUPPLIED_REASONS = Set.of("clarification", "damage", "illegible");

	private final LexerModeStack modes = new LexerModeStack();
	private final ForcedClosings closings;

	/** Frames closed without their bracket, to be closed before or after the token being made. */
	private final List<LexerModeStack.Frame> closeBefore = new ArrayList<>();
	private final List<LexerModeStack.Frame> closeAfter = new ArrayList<>();
	private final ProseScanner scanner;
	private final Set<Integer> nonKeywordTypes;
	private final Set<Integer> hiddenTypes;
	private final int idType;

	/** No hyphen just before: start indexes are never NO_HYPHEN + 1. */
	private static final int NO_HYPHEN = -2;

	/** Where the previous token ended, if it was a hyphen. */
	private int hyphenEnd = NO_HYPHEN;

	/** The text of the last token that was not whitespace or a comment. */
	private String previous = "";

	/** The last token ended a line, so the next one starts one. */
	private boolean lineStart = true;

	/** The last token that is not whitespace or a comment ended an item of metadata (an id, a string, a brace). */
	private boolean previousEndsItem = true;

	/** A `{` opened a block deeper than {@link NestingLimits#BLOCKS}: its content is skipped. */
	private boolean skipBlockContent;

	/**
	 * @param proseType the token type of PROSE in this lexer
	 * @param paragraphBreakType the token type of PARAGRAPH_BREAK
	 * @param idType the token type of ID
	 * @param nonKeywordTypes every other token type that is not a keyword: ids, numbers, strings,
	 *            whitespace, comments
	 * @param hiddenTypes the types of whitespace and comments, among the non-keyword types
	 * @param closingTypes the types of the closing brackets `>`, `]`, `}` and `⟩`, by their text
	 */
	public ProseLexing(int proseType, int paragraphBreakType, int idType, Set<Integer> nonKeywordTypes,
			Set<Integer> hiddenTypes, Map<String, Integer> closingTypes) {
		this.scanner = new ProseScanner(proseType, paragraphBreakType);
		this.closings = new ForcedClosings(closingTypes);
		this.idType = idType;
		this.nonKeywordTypes = Set.copyOf(nonKeywordTypes);
		this.hiddenTypes = Set.copyOf(hiddenTypes);
	}

	/** Forgets the mode, for a new input. */
	public void reset() {
		modes.reset();
		closings.reset();
		closeBefore.clear();
		closeAfter.clear();
		hyphenEnd = NO_HYPHEN;
		previous = "";
		skipBlockContent = false;
		lineStart = true;
		previousEndsItem = true;
	}

	/**
	 * Turns what the parser must not see into one invalid token with its error: a closing bracket
	 * in prose that closes nothing, a construct nested deeper than {@link NestingLimits} allow.
	 * Called before {@link #matchProse}.
	 *
	 * @throws UnreadableInputException after consuming the characters of the invalid token
	 */
	public void rejectUnreadable(CharStream input) throws UnreadableInputException {
		if (skipBlockContent) {
			skipBlockContent = false;
			if (input.LA(1) != '}' && input.LA(1) != CharStream.EOF) {
				DeepNesting.consumeBlockContent(input);
				throw new UnreadableInputException(input, SyntaxIssueCodes.TOO_DEEP, LexerErrorMessages.tooDeepBlock(), -1, 1);
			}
		}
		int c = input.LA(1);
		if (modes.inCodeInsideProse() && (c == '<' || c == '⟨' || c == '[' && input.LA(2) != '^')) {
			// never right in a tag's head, and the parser would nest them as tags and brackets without end
			int opener = c;
			while (input.LA(1) == opener) {
				input.consume();
			}
			throw new UnreadableInputException(input, SyntaxIssueCodes.UNEXPECTED, LexerErrorMessages.notInTagHead(opener), 0, 1);
		}
		if (!modes.inProse()) {
			return;
		}
		if (modes.closesNothing(c)) {
			input.consume();
			throw new UnreadableInputException(input, SyntaxIssueCodes.UNMATCHED_CLOSING,
					LexerErrorMessages.closingNothing(Character.toString(c)), 0, 1);
		}
		if (ProseScanner.isOpening(c) && modes.inlineDepth() >= NestingLimits.INLINE) {
			DeepNesting.consumeInline(input);
			throw new UnreadableInputException(input, SyntaxIssueCodes.TOO_DEEP, LexerErrorMessages.tooDeepInline(), 0, 1);
		}
	}

	/**
	 * Matches a run of prose at the lexer's position, if it is in prose mode.
	 *
	 * @return whether a token was matched; if not, the generated lexer matches the next token
	 */
	public boolean matchProse(CharStream input, RecognizerSharedState state) {
		if (!modes.inProse() || ProseScanner.isTagCharacter(input.LA(1))) {
			return false;
		}
		int type = scanner.scan(input, modes);
		// a blank line closes what is open before it; a line that starts a block, after the prose before it
		(type == scanner.paragraphBreakType() ? closeBefore : closeAfter).addAll(modes.takeForced());
		if (type == ProseScanner.NO_MATCH) {
			return false;
		}
		state.type = type;
		state.channel = Token.DEFAULT_CHANNEL;
		return true;
	}

	/** A token made here (a closing the source lacks) that is due before the lexer reads on; or null. */
	public Token queued() {
		return closings.poll();
	}

	/**
	 * Follows the token the lexer made ({@link #afterToken}) and returns the token to hand out:
	 * first the closings of what the token closed without a bracket, if any, then the token.
	 */
	public Token arrange(Token token, CharStream input) {
		retype(token);
		if (isStrayWord(token)) {
			token = strayLine((CommonToken) token, input);
		}
		afterToken(token);
		Token first = closings.arrange(token, List.copyOf(closeBefore), List.copyOf(closeAfter), input);
		closeBefore.clear();
		closeAfter.clear();
		return first;
	}

	/** The error of an invalid token made here, or null. */
	public String errorMessage(Token token) {
		return closings.errorMessage(token);
	}

	/**
	 * Follows the token just emitted into or out of prose. A keyword right after a hyphen is part of
	 * an id (`1944-03-23-letter`) and becomes an ID token, and so does a tag word outside a tag's
	 * head ({@link #TAG_WORDS}).
	 */
	void afterToken(Token token) {
		retype(token);
		boolean hidden = hiddenTypes.contains(token.getType()) || token.getType() == Token.INVALID_TOKEN_TYPE;
		if (hidden) {
			lineStart |= token.getText() != null && token.getText().indexOf('\n') >= 0;
		} else {
			lineStart = false;
			previousEndsItem = nonKeywordTypes.contains(token.getType()) || "}]{?".contains(token.getText() == null ? "," : token.getText());
		}
		hyphenEnd = "-".equals(token.getText()) && token instanceof CommonToken common ? common.getStopIndex() : NO_HYPHEN;
		if (!hiddenTypes.contains(token.getType())) {
			previous = token.getText() == null ? "" : token.getText();
		}
		int type = token.getType();
		if (type == Token.EOF) {
			modes.closeInlineFrames();
			closeBefore.addAll(modes.takeForced());
		}
		if (type == Token.EOF || type == Token.INVALID_TOKEN_TYPE || type == scanner.proseType()
				|| type == scanner.paragraphBreakType()) {
			return;
		}
		modes.afterToken(token.getText(), type != idType && !nonKeywordTypes.contains(type),
				token instanceof CommonToken common ? common.getStartIndex() : -1);
		closeBefore.addAll(modes.takeForced());
		if ("{".equals(token.getText()) && modes.inlineDepth() == 0 && modes.blockDepth() > NestingLimits.BLOCKS) {
			skipBlockContent = true;
		}
	}

	/** A keyword right after a hyphen, or a tag word outside a tag's head, is an id. */
	private void retype(Token token) {
		if (isKeyword(token) && !modes.inProse() && (afterHyphen(token) || isTagWordOutOfPlace(token.getText()))) {
			token.setType(idType);
		}
	}

	/**
	 * An id that starts a line among a document's metadata or an entry's properties, after a
	 * complete item: there only keywords start a line, so it is a misspelt one (`titel "…"`).
	 */
	private boolean isStrayWord(Token token) {
		return token.getType() == idType && token instanceof CommonToken && lineStart && previousEndsItem && !modes.inProse()
				&& modes.codeBlockKeyword() != null && !"".equals(modes.codeBlockKeyword());
	}

	/**
	 * The stray word's line (and the block it opens, if it opens one: `txt { … }`) as one invalid
	 * token with its error, so that the parser reads on with the next line: later errors of the
	 * document are still found.
	 */
	private Token strayLine(CommonToken word, CharStream input) {
		boolean inString = false;
		int braces = 0;
		while (true) {
			int c = input.LA(1);
			if (c == CharStream.EOF || braces == 0 && (c == '\n' || c == '\r' || c == '}' && !inString)) {
				// the end of the line, or the `}` of the enclosing block, which the parser needs
				break;
			}
			input.consume();
			if (c == '\\' && input.LA(1) != CharStream.EOF) {
				input.consume();
			} else if (braces == 0 && c == '"') {
				inString = !inString;
			} else if (!inString && c == '{') {
				braces++;
			} else if (!inString && c == '}' && --braces == 0) {
				break;
			}
		}
		CommonToken line = new CommonToken(input, Token.INVALID_TOKEN_TYPE, Token.HIDDEN_CHANNEL, word.getStartIndex(),
				input.index() - 1);
		line.setLine(word.getLine());
		line.setCharPositionInLine(word.getCharPositionInLine());
		closings.register(line, LexerErrorMessages.unknownWord(word.getText(), modes.codeBlockKeyword()));
		return line;
	}

	private boolean isKeyword(Token token) {
		String text = token.getText();
		return text != null && !text.isEmpty() && Character.isLetter(text.charAt(0)) && token.getType() != Token.EOF
				&& token.getType() != idType && !nonKeywordTypes.contains(token.getType());
	}

	private boolean afterHyphen(Token token) {
		return token instanceof CommonToken common && common.getStartIndex() == hyphenEnd + 1;
	}

	private boolean isTagWordOutOfPlace(String word) {
		return TAG_WORDS.contains(word) && !modes.inTagHead() && !("brackets".equals(previous) && SUPPLIED_REASONS.contains(word));
	}
}

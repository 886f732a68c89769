package org.chancery.lang.parser;

import java.io.StringReader;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Re-parses the whole text after an edit. Xtext's partial re-parse restarts the lexer in the
 * middle of the file, where it cannot know whether it is in prose or in code.
 */
public class FullReparsingHelper implements IPartialParsingHelper {

	@Override
	public IParseResult reparse(IParser parser, IParseResult previousParseResult, ReplaceRegion replaceRegion) {
		StringBuilder text = new StringBuilder(previousParseResult.getRootNode().getText());
		replaceRegion.applyTo(text);
		return parser.parse(new StringReader(text.toString()));
	}
}

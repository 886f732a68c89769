package org.chancery.lang.ide;

import org.chancery.lang.ide.contentassist.ChanceryContentAssistLexer;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Bindings of the ide services (content assist, symbols, highlighting, …), editor-neutral. */
public class ChanceryIdeModule extends AbstractChanceryIdeModule {

	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
				.to(ChanceryContentAssistLexer.class);
	}
}

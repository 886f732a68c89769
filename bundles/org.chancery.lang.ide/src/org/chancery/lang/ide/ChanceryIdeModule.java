package org.chancery.lang.ide;

import org.chancery.lang.ide.codeactions.ChanceryCodeActionService;
import org.chancery.lang.ide.codeactions.IssueFixes;
import org.chancery.lang.ide.contentassist.ChanceryContentAssistLexer;
import org.chancery.lang.ide.contentassist.ChanceryContentAssistService;
import org.chancery.lang.ide.contentassist.ChanceryContentProposalProvider;
import org.chancery.lang.ide.contentassist.ChanceryCrossrefProposalProvider;
import org.chancery.lang.ide.contentassist.ChanceryPrefixMatcher;
import org.chancery.lang.ide.formatting.ChanceryFormatter;
import org.chancery.lang.ide.highlighting.ChanceryHighlightingCalculator;
import org.chancery.lang.ide.hover.ChanceryHoverService;
import org.chancery.lang.ide.rename.ChanceryRenameService;
import org.chancery.lang.ide.symbols.ChanceryDocumentSymbols;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Bindings of the ide services (content assist, symbols, highlighting, …), editor-neutral. */
public class ChanceryIdeModule extends AbstractChanceryIdeModule {

	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
				.to(ChanceryContentAssistLexer.class);
	}

	@Override
	public Class<? extends IPrefixMatcher> bindIPrefixMatcher() {
		return ChanceryPrefixMatcher.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return ChanceryContentProposalProvider.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return ChanceryContentAssistService.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return ChanceryCrossrefProposalProvider.class;
	}

	/** Used by LSP clients that show an outline tree (all current ones). */
	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return ChanceryDocumentSymbols.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ChanceryHighlightingCalculator.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return ChanceryHoverService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return ChanceryCodeActionService.class;
	}

	public Class<? extends IssueFixes> bindIssueFixes() {
		return ChanceryCodeActionService.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return ChanceryFormatter.class;
	}

	/** Renames ids by text edits, refusing keywords and ids already given (LSP rename, Eclipse's refactoring). */
	public Class<? extends IRenameService2> bindIRenameService2() {
		return ChanceryRenameService.class;
	}
}

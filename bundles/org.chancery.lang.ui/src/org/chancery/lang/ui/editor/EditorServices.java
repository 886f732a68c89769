package org.chancery.lang.ui.editor;

import org.chancery.lang.ide.codeactions.IssueFixes;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.chancery.lang.ui.builder.OpenDocuments;
import org.chancery.lang.ui.contentassist.ServiceContentAssistProcessor;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.chancery.lang.ui.navigation.Definitions;
import org.chancery.lang.ui.preferences.SeverityPreferences;
import org.chancery.lang.ui.quickfix.CodeActions;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/** The ide services and editor-wide state an editor's parts use, injected once per editor. */
public class EditorServices {

	@Inject
	@Named(LexerBindings.RUNTIME)
	Provider<Lexer> lexers;

	@Inject(optional = true)
	private AbstractAntlrTokenToAttributeIdMapper boundTokenStyles;

	@Inject
	private Provider<DefaultAntlrTokenToAttributeIdMapper> defaultTokenStyles;

	@Inject
	StylePreferences styles;

	@Inject
	IPreferenceStore preferences;

	@Inject
	ContentAssistService contentAssist;

	@Inject(optional = true)
	@Named(ServiceContentAssistProcessor.ACTIVATION_CHARACTERS)
	String activationCharacters = "";

	@Inject
	IHoverService hover;

	@Inject
	Definitions definitions;

	@Inject
	CodeActions codeActions;

	@Inject
	IssueFixes issueFixes;

	@Inject
	ISemanticHighlightingCalculator semanticHighlighting;

	@Inject
	IDocumentHighlightService occurrences;

	@Inject
	HierarchicalDocumentSymbolService symbols;

	@Inject
	IResourceValidator validator;

	@Inject
	SeverityPreferences severities;

	@Inject
	CorpusResourceSets resourceSets;

	@Inject
	OpenDocuments openDocuments;

	@Inject
	IResourceDescription.Manager descriptions;

	/** The style of each token type: the language's mapper, or Xtext's default. */
	public AbstractAntlrTokenToAttributeIdMapper tokenStyles() {
		return boundTokenStyles != null ? boundTokenStyles : defaultTokenStyles.get();
	}

	public StylePreferences styles() {
		return styles;
	}

	public Provider<Lexer> lexers() {
		return lexers;
	}
}

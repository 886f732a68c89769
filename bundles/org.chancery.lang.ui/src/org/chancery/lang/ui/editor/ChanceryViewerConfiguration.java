package org.chancery.lang.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.chancery.lang.ui.contentassist.ServiceContentAssistProcessor;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.chancery.lang.ui.highlighting.TokenScanner;
import org.chancery.lang.ui.highlighting.WholeDocumentDamagerRepairer;
import org.chancery.lang.ui.hover.ServiceTextHover;
import org.chancery.lang.ui.internal.OptionalServices;
import org.chancery.lang.ui.navigation.DefinitionHyperlinkDetector;
import org.chancery.lang.ui.navigation.Definitions;
import org.chancery.lang.ui.quickfix.CodeActions;
import org.chancery.lang.ui.quickfix.ServiceQuickAssistProcessor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Wires the ide services into the Platform's text viewer: token colouring, the reconciler,
 * content assist, hover, hyperlinks and quick assist. Everything language-specific comes from the
 * injector.
 */
public class ChanceryViewerConfiguration extends TextSourceViewerConfiguration {

	/** Reconcile this long after the last keystroke (ms). */
	static final int RECONCILE_DELAY = 300;

	/** Characters after which content assist opens by itself (bound by the language's ui module). */
	public static final String ACTIVATION_CHARACTERS = "org.chancery.lang.ui.contentAssistActivationCharacters";

	private final Injector injector;

	private final Supplier<EditorResource> resource;

	private final ModelReconcilingStrategy reconcilingStrategy;

	private final StylePreferences styles;

	public ChanceryViewerConfiguration(Injector injector, IPreferenceStore preferences, StylePreferences styles,
			Supplier<EditorResource> resource) {
		super(preferences);
		this.injector = injector;
		this.styles = styles;
		this.resource = resource;
		this.reconcilingStrategy = new ModelReconcilingStrategy(resource::get);
	}

	public ModelReconcilingStrategy getReconcilingStrategy() {
		return reconcilingStrategy;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		TokenScanner scanner = new TokenScanner(injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME))),
				OptionalServices.get(injector, AbstractAntlrTokenToAttributeIdMapper.class,
						DefaultAntlrTokenToAttributeIdMapper.class),
				styles);
		WholeDocumentDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(scanner);
		reconciler.setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(reconcilingStrategy, false);
		reconciler.setDelay(RECONCILE_DELAY);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		String activation = injector.getExistingBinding(Key.get(String.class, Names.named(ACTIVATION_CHARACTERS))) == null ? ""
				: injector.getInstance(Key.get(String.class, Names.named(ACTIVATION_CHARACTERS)));
		assistant.setContentAssistProcessor(new ServiceContentAssistProcessor(injector.getInstance(ContentAssistService.class),
				resource, activation.toCharArray()), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(!activation.isEmpty());
		assistant.setAutoActivationDelay(200);
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setInformationControlCreator(parent -> new DefaultInformationControl(parent, true));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ServiceTextHover(injector.getInstance(IHoverService.class), resource);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		List<IHyperlinkDetector> detectors = new ArrayList<>();
		detectors.add(new DefinitionHyperlinkDetector(injector.getInstance(Definitions.class), resource));
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		if (inherited != null) {
			detectors.addAll(Arrays.asList(inherited));
		}
		return detectors.toArray(IHyperlinkDetector[]::new);
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new ServiceQuickAssistProcessor(injector.getInstance(CodeActions.class), resource));
		assistant.setInformationControlCreator(parent -> new DefaultInformationControl(parent, true));
		return assistant;
	}
}

package org.chancery.lang.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.chancery.lang.ui.contentassist.ServiceContentAssistProcessor;
import org.chancery.lang.ui.highlighting.TokenScanner;
import org.chancery.lang.ui.highlighting.WholeDocumentDamagerRepairer;
import org.chancery.lang.ui.hover.ServiceTextHover;
import org.chancery.lang.ui.navigation.DefinitionHyperlinkDetector;
import org.chancery.lang.ui.quickfix.ServiceQuickAssistProcessor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Wires the ide services into the Platform's text viewer: token colouring, the reconciler,
 * content assist, hover, hyperlinks and quick assist. Everything language-specific comes from the
 * injected {@link EditorServices}.
 */
public class ChanceryViewerConfiguration extends TextSourceViewerConfiguration {

	/** Reconcile this long after the last keystroke (ms). */
	static final int RECONCILE_DELAY = 300;

	private final EditorServices services;

	private final Supplier<EditorResource> resource;

	private final ModelReconcilingStrategy reconcilingStrategy;

	private ChanceryReconciler reconciler;

	private ServiceContentAssistProcessor contentAssistProcessor;

	public ChanceryViewerConfiguration(EditorServices services, IPreferenceStore preferences, Supplier<EditorResource> resource) {
		super(preferences);
		this.services = services;
		this.resource = resource;
		this.reconcilingStrategy = new ModelReconcilingStrategy(resource::get);
	}

	public ModelReconcilingStrategy getReconcilingStrategy() {
		return reconcilingStrategy;
	}

	/** Reconciles again although the text did not change. */
	void reconcileAgain() {
		if (reconciler != null) {
			reconciler.reconcileAgain();
		}
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler presentation = new PresentationReconciler();
		TokenScanner scanner = new TokenScanner(services.lexers, services.tokenStyles(), services.styles);
		WholeDocumentDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(scanner);
		presentation.setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		presentation.setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		return presentation;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		reconciler = new ChanceryReconciler(reconcilingStrategy);
		reconciler.setDelay(RECONCILE_DELAY);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(contentAssistProcessor(), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(!services.activationCharacters.isEmpty());
		assistant.setAutoActivationDelay(200);
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setInformationControlCreator(parent -> new DefaultInformationControl(parent, true));
		return assistant;
	}

	/** The processor content assist asks (one per editor). */
	IContentAssistProcessor contentAssistProcessor() {
		if (contentAssistProcessor == null) {
			contentAssistProcessor = new ServiceContentAssistProcessor(services.contentAssist, resource,
					services.activationCharacters.toCharArray());
		}
		return contentAssistProcessor;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ServiceTextHover(services.hover, resource);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		List<IHyperlinkDetector> detectors = new ArrayList<>();
		detectors.add(new DefinitionHyperlinkDetector(services.definitions, resource));
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		if (inherited != null) {
			detectors.addAll(Arrays.asList(inherited));
		}
		return detectors.toArray(IHyperlinkDetector[]::new);
	}

	@Override
	public org.eclipse.jface.text.IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
		return new org.eclipse.jface.text.IAutoEditStrategy[] { new BraceIndentStrategy() };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { BraceIndentStrategy.LEVEL, "\t", "" };
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new ServiceQuickAssistProcessor(services.codeActions, services.issueFixes, resource));
		assistant.setInformationControlCreator(parent -> new DefaultInformationControl(parent, true));
		return assistant;
	}
}

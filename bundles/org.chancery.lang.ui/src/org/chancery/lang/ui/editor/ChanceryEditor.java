package org.chancery.lang.ui.editor;

import java.util.function.Consumer;

import org.chancery.lang.ui.builder.CorpusIndex;
import org.chancery.lang.ui.builder.CorpusIndexes;
import org.chancery.lang.ui.builder.OpenDocuments;
import org.chancery.lang.ui.builder.WorkspaceUris;
import org.chancery.lang.ui.highlighting.SemanticHighlighter;
import org.chancery.lang.ui.highlighting.StylePreferences;
import org.chancery.lang.ui.navigation.OccurrencesHighlighter;
import org.chancery.lang.ui.outline.SymbolOutlinePage;
import org.chancery.lang.ui.preferences.EditorPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import com.google.inject.Inject;

/**
 * The editor for *.chancery files: a Platform text editor whose parts (see
 * {@link ChanceryViewerConfiguration}) ask the language's ide services. It owns the
 * {@link EditorResource} of its text and the steps run after each reconcile: problem annotations,
 * semantic highlighting, the outline, and publishing its text to the other open editors.
 */
public class ChanceryEditor extends TextEditor {

	public static final String ID = "org.chancery.lang.ui.editor.ChanceryEditor";

	/** The key binding context of the editor's commands (F3, find references, format). */
	public static final String CONTEXT = "org.chancery.lang.ui.editorScope";

	/** Left margin of the text, so that it does not touch the line numbers (pixels). */
	private static final int TEXT_MARGIN = 6;

	private EditorServices services;

	private ChanceryViewerConfiguration configuration;

	private EditorResource editorResource;

	private SymbolOutlinePage outlinePage;

	private SemanticHighlighter semanticHighlighter;

	private OccurrencesHighlighter occurrences;

	private final ISelectionChangedListener outlineFollower = event -> {
		if (outlinePage != null && event.getSelection() instanceof ITextSelection selection) {
			outlinePage.followEditor(selection.getOffset());
		}
	};

	private final IPropertyChangeListener styleListener = this::stylesChanged;

	/**
	 * Another open file changed what this file sees (names or references, or an entry this file
	 * refers to): validate it again.
	 */
	private final OpenDocuments.Listener openDocumentListener = (uri, namesOrReferences) -> {
		EditorResource resource = editorResource;
		if (resource != null && !uri.equals(resource.getURI())
				&& (namesOrReferences || services.openDocuments.refersTo(resource.getURI(), uri))) {
			reconcileAgain();
		}
	};

	private final Consumer<CorpusIndex> indexListener = index -> {
		if (editorResource != null && editorResource.getIndex() == index) {
			reconcileAgain();
		}
	};

	@Inject
	void configure(EditorServices services) {
		this.services = services;
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] { services.preferences,
				EditorsUI.getPreferenceStore() }));
		configuration = new ChanceryViewerConfiguration(services, getPreferenceStore(), () -> editorResource);
		setSourceViewerConfiguration(configuration);
		configuration.getReconcilingStrategy().addStep(new ProblemAnnotations(services.validator, services.severities,
				services.issueFixes, () -> getSourceViewer() == null ? null : getSourceViewer().getAnnotationModel()));
		configuration.getReconcilingStrategy().addStep(new OpenDocumentPublisher(services.openDocuments, services.descriptions));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		disposeResource();
		editorResource = createResource(input);
	}

	private EditorResource createResource(IEditorInput input) {
		IFile file = Adapters.adapt(input, IFile.class);
		if (file != null) {
			return new EditorResource(WorkspaceUris.of(file), CorpusIndexes.of(file.getProject()), services.resourceSets,
					services.openDocuments);
		}
		URI uri = input instanceof IURIEditorInput uriInput ? URI.createURI(uriInput.getURI().toString())
				: URI.createURI("synthetic:/" + input.getName());
		return new EditorResource(uri, null, services.resourceSets, services.openDocuments);
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		// a projection viewer, for folding; decorated as the text editor decorates its own viewer
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		// steps that need the viewer join before the reconciler is installed, so that none misses the first reconcile
		semanticHighlighter = new SemanticHighlighter(services.semanticHighlighting, services.styles, viewer);
		configuration.getReconcilingStrategy().addStep(semanticHighlighter);
		// its updates reach the display after createPartControl has enabled projection
		configuration.getReconcilingStrategy().addStep(
				new FoldingStructure(viewer::getProjectionAnnotationModel, this::documentWhileOpen, parent.getDisplay()));
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ISourceViewer viewer = getSourceViewer();
		viewer.getTextWidget().setLeftMargin(TEXT_MARGIN);
		installFolding((ProjectionViewer) viewer);
		occurrences = new OccurrencesHighlighter(services.occurrences, () -> editorResource, viewer);
		if (getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(outlineFollower);
			selections.addPostSelectionChangedListener(occurrences);
		}
		services.styles.store().addPropertyChangeListener(styleListener);
		services.openDocuments.addListener(openDocumentListener);
		CorpusIndexes.addListener(indexListener);
		if (services.preferences.getBoolean(EditorPreferences.WORD_WRAP)) {
			setWordWrap(true);
		}
	}

	/** Folding of documents, sections and blocks of prose, from the parsed text after each reconcile. */
	private void installFolding(ProjectionViewer viewer) {
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
	}

	private void reconcileAgain() {
		configuration.reconcileAgain();
	}

	private void stylesChanged(PropertyChangeEvent event) {
		if (StylePreferences.isStyleKey(event.getProperty())) {
			services.styles.invalidate();
			if (getSourceViewer() != null) {
				getSourceViewer().invalidateTextPresentation();
			}
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
				outlinePage = new SymbolOutlinePage(services.symbols, this);
				configuration.getReconcilingStrategy().addStep(outlinePage);
				outlinePage.reconcileNow(editorResource, getDocument());
			}
			return adapter.cast(outlinePage);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		services.styles.store().removePropertyChangeListener(styleListener);
		services.openDocuments.removeListener(openDocumentListener);
		CorpusIndexes.removeListener(indexListener);
		if (getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(outlineFollower);
			selections.removePostSelectionChangedListener(occurrences);
		}
		disposeResource();
		super.dispose();
	}

	private void disposeResource() {
		if (editorResource != null) {
			services.openDocuments.close(editorResource.getURI());
			editorResource.dispose();
		}
	}

	/** The document being edited. */
	public IDocument getDocument() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/** The document, or null once the editor is closed (a late reconcile finds it gone). */
	private IDocument documentWhileOpen() {
		return getDocumentProvider() == null ? null : getDocument();
	}

	/** The parsed state of the text (for the editor's commands and tests). */
	public EditorResource getEditorResource() {
		return editorResource;
	}

	/** The caret's offset in the document. */
	public int getCaretOffset() {
		return ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
	}

	/** The outline page, once the Outline view has asked for it. */
	public SymbolOutlinePage getOutlinePage() {
		return outlinePage;
	}

	/** The reconciler's strategy (tests wait for reconciles through it). */
	public ModelReconcilingStrategy getReconcilingStrategy() {
		return configuration.getReconcilingStrategy();
	}

	public SemanticHighlighter getSemanticHighlighter() {
		return semanticHighlighter;
	}

	public OccurrencesHighlighter getOccurrences() {
		return occurrences;
	}

	/** The content assist processor the editor's assistant asks (tests ask it directly). */
	public IContentAssistProcessor contentAssistProcessor() {
		return configuration.contentAssistProcessor();
	}

	/** Whether the ruler shows line numbers. */
	public boolean isLineNumberRulerVisible() {
		return super.isLineNumberRulerVisible();
	}

	/** The text hover of the editor's text (tests ask it directly). */
	public org.eclipse.jface.text.ITextHover textHover() {
		return configuration.getTextHover(getSourceViewer(), IDocument.DEFAULT_CONTENT_TYPE);
	}

	/** The hover of the vertical ruler's annotations. */
	public org.eclipse.jface.text.source.IAnnotationHover rulerHover() {
		return configuration.getAnnotationHover(getSourceViewer());
	}

	/** The source viewer (tests drive content assist and quick assist through it). */
	public ISourceViewer getViewer() {
		return getSourceViewer();
	}
}

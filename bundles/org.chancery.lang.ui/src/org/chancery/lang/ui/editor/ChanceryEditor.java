package org.chancery.lang.ui.editor;

import org.chancery.lang.ui.builder.CorpusIndexes;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.chancery.lang.ui.builder.WorkspaceUris;
import org.chancery.lang.ui.highlighting.SemanticHighlighter;
import org.chancery.lang.ui.internal.ChanceryUiActivator;
import org.chancery.lang.ui.navigation.OccurrencesHighlighter;
import org.chancery.lang.ui.outline.SymbolOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

/**
 * The editor for *.chancery files: a Platform text editor whose parts (see
 * {@link ChanceryViewerConfiguration}) ask the language's ide services. It owns the
 * {@link EditorResource} of its text and the steps run after each reconcile: problem annotations,
 * semantic highlighting, the outline.
 */
public class ChanceryEditor extends TextEditor {

	public static final String ID = "org.chancery.lang.ui.editor.ChanceryEditor";

	/** The key binding context of the editor's commands (F3, find references, format). */
	public static final String CONTEXT = "org.chancery.lang.ui.editorScope";

	private final Injector injector = ChanceryUiActivator.getDefault().getInjector();

	private final ChanceryViewerConfiguration configuration;

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

	public ChanceryEditor() {
		configuration = new ChanceryViewerConfiguration(injector, getPreferenceStore(),
				ChanceryUiActivator.getDefault().getStylePreferences(), () -> editorResource);
		setSourceViewerConfiguration(configuration);
		configuration.getReconcilingStrategy().addStep(new ProblemAnnotations(injector.getInstance(IResourceValidator.class),
				() -> getSourceViewer() == null ? null : getSourceViewer().getAnnotationModel()));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		if (editorResource != null) {
			editorResource.dispose();
		}
		editorResource = createResource(input);
	}

	private EditorResource createResource(IEditorInput input) {
		CorpusResourceSets resourceSets = injector.getInstance(CorpusResourceSets.class);
		IFile file = Adapters.adapt(input, IFile.class);
		if (file != null) {
			return new EditorResource(WorkspaceUris.of(file), CorpusIndexes.of(file.getProject()), resourceSets);
		}
		URI uri = input instanceof IURIEditorInput uriInput ? URI.createURI(uriInput.getURI().toString())
				: URI.createURI("synthetic:/" + input.getName());
		return new EditorResource(uri, null, resourceSets);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ISourceViewer viewer = getSourceViewer();
		semanticHighlighter = new SemanticHighlighter(injector.getInstance(ISemanticHighlightingCalculator.class),
				ChanceryUiActivator.getDefault().getStylePreferences(), viewer);
		configuration.getReconcilingStrategy().addStep(semanticHighlighter);
		occurrences = new OccurrencesHighlighter(injector.getInstance(IDocumentHighlightService.class), () -> editorResource,
				viewer);
		if (getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(outlineFollower);
			selections.addPostSelectionChangedListener(occurrences);
		}
		ChanceryUiActivator.getDefault().getPreferenceStore().addPropertyChangeListener(styleListener);
	}

	private void stylesChanged(PropertyChangeEvent event) {
		if (event.getProperty().startsWith("style.")) {
			ChanceryUiActivator.getDefault().getStylePreferences().invalidate();
			if (getSourceViewer() != null) {
				getSourceViewer().invalidateTextPresentation();
			}
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
				outlinePage = new SymbolOutlinePage(injector.getInstance(HierarchicalDocumentSymbolService.class), this);
				configuration.getReconcilingStrategy().addStep(outlinePage);
				outlinePage.reconcileNow(editorResource, getDocument());
			}
			return adapter.cast(outlinePage);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		ChanceryUiActivator.getDefault().getPreferenceStore().removePropertyChangeListener(styleListener);
		if (getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(outlineFollower);
			selections.removePostSelectionChangedListener(occurrences);
		}
		if (editorResource != null) {
			editorResource.dispose();
		}
		super.dispose();
	}

	/** The document being edited. */
	public IDocument getDocument() {
		return getDocumentProvider().getDocument(getEditorInput());
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

	/** The source viewer (tests drive content assist and quick assist through it). */
	public ISourceViewer getViewer() {
		return getSourceViewer();
	}
}

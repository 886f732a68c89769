package org.chancery.lang.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ui.editor.LspDocuments;
import org.chancery.lang.ui.editor.ReconcileStep;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The Outline view of an editor: the ide layer's document symbols as a tree, refreshed after each
 * reconcile. Linked both ways: selecting a symbol selects its text, moving the caret selects the
 * innermost symbol around it.
 */
public class SymbolOutlinePage extends ContentOutlinePage implements ReconcileStep {

	private final HierarchicalDocumentSymbolService symbolService;

	private final ITextEditor editor;

	private volatile List<DocumentSymbol> symbols = List.of();

	/** True while the page follows the editor, so that the selection does not bounce back. */
	private boolean followingEditor;

	public SymbolOutlinePage(HierarchicalDocumentSymbolService symbolService, ITextEditor editor) {
		this.symbolService = symbolService;
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new SymbolLabels());
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.setInput(symbols);
	}

	@Override
	public void reconciled(XtextResource resource, String text, CancelIndicator cancel) {
		List<DocumentSymbol> computed = SymbolTree.of(symbolService.getSymbols(LspDocuments.of(text), resource,
				new DocumentSymbolParams(new TextDocumentIdentifier(resource.getURI().toString())), cancel));
		if (cancel.isCanceled()) {
			return;
		}
		symbols = computed;
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(this::refresh);
		}
	}

	private void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().setRedraw(false);
		try {
			// a transcription's outline is short: show it whole (auto-expand), as the document reads
			viewer.setInput(symbols);
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** Computes the symbols now, in a job (for a page created after the editor's first reconcile). */
	public void reconcileNow(org.chancery.lang.ui.editor.EditorResource resource, IDocument document) {
		if (resource == null || document == null) {
			return;
		}
		String text = document.get();
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Outline", monitor -> {
			resource.read(text, parsed -> {
				reconciled(parsed, text, monitor::isCanceled);
				return null;
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	/** The tree (public for tests and for views that link to the outline). */
	@Override
	public TreeViewer getTreeViewer() {
		return super.getTreeViewer();
	}

	/** The symbols shown (roots). */
	public List<DocumentSymbol> getSymbols() {
		return symbols;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (followingEditor) {
			return;
		}
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			IRegion region = LspDocuments.regionOf(LspDocuments.of(document),
					symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange());
			editor.selectAndReveal(region.getOffset(), region.getLength());
		}
	}

	/** Selects the innermost symbol around an offset of the editor's text. */
	public void followEditor(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		DocumentSymbol symbol = SymbolTree.innermostAt(symbols, LspDocuments.positionOf(LspDocuments.of(document), offset));
		followingEditor = true;
		try {
			viewer.setSelection(symbol == null ? StructuredSelection.EMPTY : new StructuredSelection(symbol), true);
		} finally {
			followingEditor = false;
		}
	}

	static List<DocumentSymbol> flatten(List<DocumentSymbol> symbols) {
		List<DocumentSymbol> all = new ArrayList<>();
		for (DocumentSymbol symbol : symbols) {
			all.add(symbol);
			if (symbol.getChildren() != null) {
				all.addAll(flatten(symbol.getChildren()));
			}
		}
		return all;
	}
}

package org.chancery.lang.ui.outline;

import java.util.List;
import java.util.Locale;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The quick outline (Ctrl+O): the document's symbols as a tree over the editor, a filter field
 * above it. Typing keeps the symbols whose label contains the typed words (and their parents);
 * Enter or a double-click jumps to the selected one, Esc closes.
 */
public class QuickOutline extends PopupDialog {

	/** The shell's data key under which the popup is found (tests). */
	public static final String KEY = QuickOutline.class.getName();

	private final ChanceryEditor editor;

	private final List<DocumentSymbol> symbols;

	private Text filter;

	private TreeViewer tree;

	private String typed = "";

	public QuickOutline(ChanceryEditor editor, List<DocumentSymbol> symbols) {
		super(editor.getSite().getShell(), SWT.RESIZE, true, false, false, false, false, "",
				"Type to filter, Enter to go there");
		this.editor = editor;
		this.symbols = symbols;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setData(KEY, this);
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.NONE);
		filter.setMessage("Filter");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addModifyListener(event -> filter(filter.getText()));
		filter.addListener(SWT.DefaultSelection, event -> jump());
		filter.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN) {
				tree.getTree().setFocus();
			}
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setContentProvider(new SymbolContent());
		tree.setLabelProvider(new SymbolLabels());
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return matches((DocumentSymbol) element);
			}
		});
		tree.setInput(symbols);
		tree.getTree().addListener(SWT.DefaultSelection, event -> jump());
		selectFirst();
		return tree.getControl();
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(480, 420);
	}

	/** Keeps the symbols whose label contains the words (case does not matter), and their parents. */
	public void filter(String words) {
		typed = words.strip().toLowerCase(Locale.ROOT);
		tree.getControl().setRedraw(false);
		try {
			tree.refresh();
			tree.expandAll();
			selectFirst();
		} finally {
			tree.getControl().setRedraw(true);
		}
	}

	private boolean matches(DocumentSymbol symbol) {
		if (typed.isEmpty() || SymbolLabels.textOf(symbol).toLowerCase(Locale.ROOT).contains(typed)) {
			return true;
		}
		return symbol.getChildren() != null && symbol.getChildren().stream().anyMatch(this::matches);
	}

	/** The first symbol whose own label matches, selected, so that Enter goes there. */
	private void selectFirst() {
		TreeItem match = firstMatch(tree.getTree().getItems());
		if (match != null) {
			tree.getTree().setSelection(match);
		}
	}

	private TreeItem firstMatch(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() instanceof DocumentSymbol symbol
					&& (typed.isEmpty() || SymbolLabels.textOf(symbol).toLowerCase(Locale.ROOT).contains(typed))) {
				return item;
			}
			TreeItem inner = firstMatch(item.getItems());
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	/** Moves the editor's selection to the selected symbol's name and closes. */
	public void jump() {
		if (tree.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
			IRegion region = LspDocuments.regionOf(LspDocuments.of(editor.getDocument()),
					symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange());
			close();
			editor.selectAndReveal(region.getOffset(), region.getLength());
			editor.setFocus();
		}
	}

	/** The labels of the top level (the documents), as shown (tests). */
	public List<String> topLevelLabels() {
		return java.util.Arrays.stream(tree.getTree().getItems()).map(TreeItem::getText).toList();
	}

	/** The labels shown, depth first (tests). */
	public List<String> visibleLabels() {
		java.util.ArrayList<String> labels = new java.util.ArrayList<>();
		collect(tree.getTree().getItems(), labels);
		return labels;
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	public Text filterField() {
		return filter;
	}

	public Tree treeControl() {
		return tree.getTree();
	}
}

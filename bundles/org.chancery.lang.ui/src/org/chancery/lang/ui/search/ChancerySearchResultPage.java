package org.chancery.lang.ui.search;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Search view's page for Chancery searches: one row a document or reference
 * ({@code file:line  words}), sorted by file and line; opening a row selects it in its editor.
 */
public class ChancerySearchResultPage extends AbstractTextSearchViewPage {

	private TableViewer table;

	public ChancerySearchResultPage() {
		super(FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		this.table = viewer;
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider());
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		throw new IllegalStateException("the Chancery search shows a flat list");
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		refresh();
	}

	@Override
	protected void clear() {
		refresh();
	}

	private void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		Object[] rows = getInput() == null ? new Object[0] : getInput().getElements();
		Arrays.sort(rows, Comparator.comparing((Object row) -> ((SearchHit) row).file().getFullPath().toString())
				.thenComparingInt(row -> ((SearchHit) row).line()));
		table.setInput(rows);
	}

	/** The rows as shown (for tests and for the screen reader's sake). */
	public TableViewer getTable() {
		return table;
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		if (match.getElement() instanceof SearchHit hit
				&& IDE.openEditor(getSite().getPage(), hit.file(), activate) instanceof ITextEditor editor) {
			editor.selectAndReveal(offset, length);
		}
	}
}

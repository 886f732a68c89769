package org.chancery.lang.ui.registers;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.chancery.lang.ui.builder.CorpusIndex;
import org.chancery.lang.ui.builder.CorpusIndexes;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.chancery.lang.ui.ChanceryUi;
import org.chancery.lang.ui.navigation.CorpusReferences;
import org.chancery.lang.ui.navigation.LocationOpener;
import org.chancery.lang.ui.navigation.ReferencesView;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.ide.server.DocumentExtensions;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The Register view: every person, place and organisation of the workspace's corpora with the
 * number of times the corpus refers to it, filtered by a word of the id or any name. Double-click
 * opens the entry; "Show Mentions" lists every reference to it.
 */
public class RegisterView extends ViewPart {

	public static final String ID = "org.chancery.lang.ui.registers.RegisterView";

	/** The family of the view's refresh jobs. */
	public static final Object FAMILY = RegisterView.class;

	@Inject
	private Provider<RegisterEntries> registerEntries;

	@Inject
	private CorpusResourceSets resourceSets;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private CorpusReferences corpusReferences;

	private Text filter;

	private TableViewer viewer;

	private volatile List<RegisterEntry> entries = List.of();

	private final Consumer<CorpusIndex> indexListener = index -> scheduleRefresh();

	private Job refresh;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by id or name");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column("Name", 180, RegisterEntry::name);
		column("Kind", 90, RegisterEntry::kind);
		column("Mentions", 70, entry -> Integer.toString(entry.mentions()));
		column("Id", 150, RegisterEntry::id);
		column("Also", 200, entry -> String.join(", ", entry.otherNames()));
		column("Project", 120, entry -> entry.index().getProject().getName());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return ((RegisterEntry) element).matches(filter.getText());
			}
		});
		filter.addModifyListener(event -> viewer.refresh());
		viewer.addDoubleClickListener(event -> open(selected()));
		createContextMenu();
		viewer.setInput(entries);
		CorpusIndexes.addListener(indexListener);
		scheduleRefresh();
	}

	private void column(String title, int width, Function<RegisterEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RegisterEntry) element);
			}
		});
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Action("Open Entry") {
			@Override
			public void run() {
				open(selected());
			}
		});
		menu.add(new Action("Show Mentions") {
			@Override
			public void run() {
				showMentions(selected());
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private RegisterEntry selected() {
		return (RegisterEntry) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	/** Re-reads the registers in the background, then shows them. */
	public void scheduleRefresh() {
		if (refresh != null) {
			refresh.cancel();
		}
		refresh = new Job("Reading the registers") {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				List<RegisterEntry> collected = registerEntries.get().collect(monitor);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				entries = collected;
				if (viewer != null && !viewer.getControl().isDisposed()) {
					viewer.getControl().getDisplay().asyncExec(() -> {
						if (!viewer.getControl().isDisposed()) {
							viewer.setInput(entries);
							fitColumns();
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		refresh.setSystem(true);
		refresh.schedule(200);
	}

	/** The widest a column grows, so that one long name does not push the counts out of sight (pixels). */
	public static final int MAX_COLUMN_WIDTH = 320;

	/** Sizes every column to its widest cell (or its title), up to {@link #MAX_COLUMN_WIDTH}. */
	private void fitColumns() {
		for (org.eclipse.swt.widgets.TableColumn column : viewer.getTable().getColumns()) {
			column.pack();
			column.setWidth(Math.min(column.getWidth(), MAX_COLUMN_WIDTH));
		}
	}

	/** Opens the entry's register file at the entry. */
	public void open(RegisterEntry entry) {
		if (entry == null) {
			return;
		}
		EObject object = resourceSets
				.forBuild(entry.index().getProject(), entry.index().snapshot()).getEObject(entry.uri(), true);
		if (object != null) {
			Location location = documents.newLocation(object);
			LocationOpener.open(location);
		}
	}

	/** Lists every reference to the entry in the References view. */
	public void showMentions(RegisterEntry entry) {
		if (entry == null) {
			return;
		}
		List<Location> mentions = corpusReferences.to(entry.index(), entry.uri(), null);
		try {
			ReferencesView view = (ReferencesView) getSite().getPage().showView(ReferencesView.ID);
			view.show(entry.name(), mentions);
		} catch (PartInitException e) {
			ChanceryUi.log(e.getStatus());
		}
	}

	/** The entries shown after filtering, in order. */
	public List<RegisterEntry> visibleEntries() {
		List<RegisterEntry> visible = new java.util.ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			visible.add((RegisterEntry) viewer.getElementAt(i));
		}
		return visible;
	}

	/** The table of entries (tests measure its columns). */
	public TableViewer getViewer() {
		return viewer;
	}

	public void setFilter(String text) {
		filter.setText(text);
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	@Override
	public void dispose() {
		CorpusIndexes.removeListener(indexListener);
		if (refresh != null) {
			refresh.cancel();
		}
		super.dispose();
	}
}

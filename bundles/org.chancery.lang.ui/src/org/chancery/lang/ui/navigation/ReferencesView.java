package org.chancery.lang.ui.navigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chancery.lang.ui.builder.WorkspaceUris;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The references found by "Find References" or "Show Mentions": one branch per document (file),
 * one leaf per place it names the element. Double-click opens the place.
 */
public class ReferencesView extends ViewPart {

	public static final String ID = "org.chancery.lang.ui.navigation.ReferencesView";

	/** One file with the references in it. */
	public record FileReferences(String uri, List<Location> locations) {
		String label() {
			String name = WorkspaceUris.fileOf(uri).map(IFile::getFullPath).map(Object::toString).orElse(uri);
			return name + " (" + locations.size() + ")";
		}
	}

	private Label title;

	private TreeViewer viewer;

	private List<FileReferences> files = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.NONE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		title.setText("Find References (Ctrl+Shift+G) in a Chancery editor, or Show Mentions in the Register view.");
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof Location location) {
				LocationOpener.open(location);
			} else if (element instanceof FileReferences file && !file.locations().isEmpty()) {
				LocationOpener.open(file.locations().get(0));
			}
		});
		viewer.setInput(files);
	}

	/** Shows the references to an element, grouped by file. */
	public void show(String subject, List<? extends Location> references) {
		Map<String, List<Location>> byFile = new LinkedHashMap<>();
		for (Location location : references) {
			byFile.computeIfAbsent(location.getUri(), uri -> new ArrayList<>()).add(location);
		}
		List<FileReferences> grouped = new ArrayList<>();
		byFile.forEach((uri, locations) -> grouped.add(new FileReferences(uri, locations)));
		files = grouped;
		title.setText("‘" + subject + "’: " + references.size() + (references.size() == 1 ? " reference" : " references")
				+ " in " + grouped.size() + (grouped.size() == 1 ? " document file" : " document files"));
		title.getParent().layout();
		viewer.setInput(files);
	}

	/** The files listed, in order. */
	public List<FileReferences> getFiles() {
		return files;
	}

	/** The tree of references (tests click in it). */
	public TreeViewer getViewer() {
		return viewer;
	}

	public String getTitleText() {
		return title.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof FileReferences file ? file.locations().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof FileReferences;
		}
	}

	private static final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof FileReferences file) {
				return file.label();
			}
			if (element instanceof Location location) {
				return "line " + (location.getRange().getStart().getLine() + 1) + ": " + ReferenceExcerpts.around(location);
			}
			return super.getText(element);
		}
	}
}

package org.chancery.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.navigation.ReferencesView;
import org.chancery.lang.ui.registers.RegisterEntry;
import org.chancery.lang.ui.registers.RegisterView;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Details a new user notices: ids coloured as one, columns that fit, references with their words. */
class CosmeticsTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aDocumentIdIsColouredAsOneId() throws Exception {
		IProject project = ExampleProjects.get("cosmetics-id");
		ChanceryEditor editor = Editors.open(project.getFile("refugee-massacre-1917.chancery"));
		Workbench.waitUntil("semantic highlighting", () -> !editor.getSemanticHighlighter().describe().isEmpty());
		Workbench.sleep(300);
		StyledText widget = editor.getViewer().getTextWidget();
		int id = Editors.offsetOf(editor, "telegram 1917-06-13-yang-telegram {", 0) + "telegram ".length();

		Set<String> looks = new HashSet<>();
		for (int offset = id; offset < id + "1917-06-13-yang-telegram".length(); offset++) {
			StyleRange range = widget.getStyleRangeAtOffset(offset);
			looks.add(range == null || range.foreground == null ? "plain" : range.foreground.getRGB() + " " + range.fontStyle);
		}
		assertEquals(1, looks.size(), "one colour for the whole id: " + looks);
	}

	@Test
	void registerColumnsFitTheirContentAndReferencesShowTheirWords() throws Exception {
		IProject project = ExampleProjects.get("cosmetics-views");
		RegisterView register = (RegisterView) Workbench.page().showView(RegisterView.ID);
		register.setFilter("");
		register.scheduleRefresh();
		Workbench.waitForJobs(RegisterView.FAMILY);
		Workbench.waitUntil("the register", () -> !register.visibleEntries().isEmpty());
		Table table = register.getViewer().getTable();
		GC gc = new GC(table);
		try {
			for (int column = 0; column < table.getColumnCount(); column++) {
				TableColumn tableColumn = table.getColumn(column);
				int widest = gc.textExtent(tableColumn.getText()).x;
				for (TableItem item : table.getItems()) {
					widest = Math.max(widest, gc.textExtent(item.getText(column)).x);
				}
				widest = Math.min(widest, RegisterView.MAX_COLUMN_WIDTH);
				assertTrue(tableColumn.getWidth() >= widest, tableColumn.getText() + " is " + tableColumn.getWidth()
						+ " pixels wide, its widest text " + widest);
			}
		} finally {
			gc.dispose();
		}

		RegisterEntry kudashev = register.visibleEntries().stream().filter(e -> e.index().getProject().equals(project)
				&& e.id().equals("kudashev")).findFirst().orElseThrow();
		register.showMentions(kudashev);
		ReferencesView references = (ReferencesView) Workbench.page().findView(ReferencesView.ID);
		Tree tree = (Tree) references.getViewer().getControl();
		TreeItem file = tree.getItem(0);
		file.setExpanded(true);
		references.getViewer().expandAll();
		List<String> rows = java.util.Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText).toList();
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("line 41: ") && row.contains("Russian Ambassador <«kudashev»|N.A.")),
				rows.toString());
	}

}

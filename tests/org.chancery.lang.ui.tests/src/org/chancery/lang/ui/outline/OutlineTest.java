package org.chancery.lang.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IProject;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Outline view shows the document symbols as a tree, linked with the editor both ways. */
class OutlineTest {

	/** The whole outline of the example document, as {@link SymbolTree#print} writes it. */
	private static final String FIXTURE = "tests/org.chancery.lang.ui.tests/resources/fixtures/outline/wilson-center-xinjiang.outline.txt";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void outlineTreeShowsTheSymbolsAndFollowsTheCaret() throws Exception {
		IProject project = ExampleProjects.get("outline");
		ChanceryEditor editor = Editors.open(project.getFile("wilson-center-xinjiang.chancery"));
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.waitUntil("the outline", () -> editor.getOutlinePage() != null && !editor.getOutlinePage().getSymbols().isEmpty());
		SymbolOutlinePage outline = editor.getOutlinePage();
		Workbench.waitUntil("the outline tree", () -> outline.getTreeViewer().getTree().getItemCount() > 0);

		String printed = SymbolTree.print(outline.getSymbols());
		assertEquals(Files.readString(ExampleProjects.checkoutRoot().resolve(FIXTURE)), printed);
		assertEquals(printed, printTree(outline.getTreeViewer().getTree()), "the tree widget shows every symbol");

		// editor → outline
		int offset = Editors.offsetOf(editor, "1942-07-03-molotov-to-sheng", 0);
		editor.selectAndReveal(offset, 0);
		Workbench.waitUntil("the outline to follow the caret",
				() -> outline.getTreeViewer().getSelection() instanceof IStructuredSelection s && !s.isEmpty());
		DocumentSymbol selected = (DocumentSymbol) ((IStructuredSelection) outline.getTreeViewer().getSelection()).getFirstElement();
		assertEquals("Letter from Cde. V. M. Molotov to Governor Shicai Sheng", selected.getName());

		// outline → editor
		DocumentSymbol first = outline.getSymbols().get(0);
		outline.getTreeViewer().setSelection(new StructuredSelection(first), true);
		Workbench.processEvents();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertNotNull(selection);
		IRegion expected = LspDocuments.regionOf(LspDocuments.of(editor.getDocument()), first.getSelectionRange());
		assertEquals(expected.getOffset() + ":" + expected.getLength(), selection.getOffset() + ":" + selection.getLength());
	}

	static String printTree(Tree tree) {
		StringBuilder out = new StringBuilder();
		for (TreeItem item : tree.getItems()) {
			print(item, "", out);
		}
		return out.toString();
	}

	private static void print(TreeItem item, String indent, StringBuilder out) {
		out.append(indent).append(item.getText()).append('\n');
		for (TreeItem child : item.getItems()) {
			print(child, indent + "  ", out);
		}
	}
}

package org.chancery.lang.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.chancery.lang.ide.highlighting.ChanceryHighlightingStyles;
import org.chancery.lang.ui.highlighting.ChanceryStyleCatalog;
import org.chancery.lang.ui.highlighting.StyleCatalog.Style;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A transcriber types a postscript with a word added above the line in a later hand into an open
 * letter: the addition's head and the hand are coloured as the manuscript's corrections, the
 * added words stay plain, `postscript` is a keyword, and the postscript appears in the outline.
 */
class TypingTheDocumentaryLayerTest {

	private static final String LETTER = """
			letter 1893-05-14-wendt {
			  title "A letter home"
			  from stalin
			  to kovalev
			  date 1893-05-14
			  hand pencil "a later pencil"
			  text {
			    Dear Mother, all is well here.
			  }

			}
			""";

	private static final String TYPED = "  postscript { P.S. <add above pencil|Greet Papa.> }";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aPostscriptWithAnAdditionTypedIntoALetterIsColouredAndInTheOutline() throws Exception {
		IProject project = ExampleProjects.get("documentary");
		IFile file = project.getFile("wendt-letter.chancery");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		ChanceryEditor editor = Editors.open(file);
		Workbench.waitUntil("the outline", () -> editor.getOutlinePage() != null && !editor.getOutlinePage().getSymbols().isEmpty());

		StyledText widget = editor.getViewer().getTextWidget();
		int start = Editors.offsetOf(editor, "  }\n\n}", 0) + "  }\n".length();
		Editors.editAndReconcile(editor, () -> {
			// typed key by key, as a transcriber would
			for (int i = 0; i < TYPED.length(); i++) {
				widget.setSelection(start + i);
				widget.insert(TYPED.substring(i, i + 1));
				Workbench.processEvents();
			}
		});
		assertEquals(LETTER.replace("  }\n\n}", "  }\n" + TYPED + "\n}"), editor.getDocument().get());

		RGB manuscript = colour(ChanceryHighlightingStyles.MANUSCRIPT);
		int head = Editors.offsetOf(editor, "<add above ", 0);
		Workbench.waitUntil("the addition coloured as a correction", () -> manuscript.equals(foreground(widget, head)));
		assertEquals(SWT.ITALIC, widget.getStyleRangeAtOffset(head).fontStyle & SWT.ITALIC, "the manuscript's style is italic");
		assertEquals(manuscript, foreground(widget, Editors.offsetOf(editor, "pencil|", 0)), "the hand's id");
		assertEquals(manuscript, foreground(widget, Editors.offsetOf(editor, "|Greet", 0)), "the head's bar");
		assertNotEquals(manuscript, foreground(widget, Editors.offsetOf(editor, "Greet Papa", 0)), "the added words stay plain");
		assertEquals(colour(HighlightingStyles.KEYWORD_ID), foreground(widget, Editors.offsetOf(editor, "postscript", 0)));

		Tree tree = editor.getOutlinePage().getTreeViewer().getTree();
		String expected = """
				A letter home – letter, date 1893-05-14
				  metadata
				    title "A letter home"
				    from stalin
				    to kovalev
				    date 1893-05-14
				    hand pencil "a later pencil"
				  ¶ Dear Mother, all is well here.
				  postscript – P.S. Greet Papa.
				""";
		Workbench.waitUntil("the postscript in the outline", () -> print(tree).equals(expected));
		assertEquals(expected, print(tree));
	}

	/** The default colour of a style, as the preferences start out. */
	private static RGB colour(String styleId) {
		return new ChanceryStyleCatalog().styles().stream().filter(style -> style.id().equals(styleId)).map(Style::colour)
				.findFirst().orElseThrow();
	}

	private static RGB foreground(StyledText widget, int offset) {
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		return range == null || range.foreground == null ? null : range.foreground.getRGB();
	}

	private static String print(Tree tree) {
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

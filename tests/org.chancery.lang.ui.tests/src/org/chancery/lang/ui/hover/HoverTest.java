package org.chancery.lang.ui.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension5;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hovers render the ide layer's Markdown, can be entered and stay on screen; ruler icons have tooltips. */
class HoverTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aMentionsHoverIsRenderedAndStaysOnScreen() throws Exception {
		IProject project = ExampleProjects.get("hover");
		ChanceryEditor editor = Editors.open(project.getFile("wilson-center-xinjiang.chancery"));
		int offset = Editors.offsetOf(editor, "<stalin|", 0) + 2;
		ITextHover hover = editor.textHover();

		String html = hover.getHoverInfo(editor.getViewer(), new Region(offset, 0));

		assertEquals("<p><b>Joseph Stalin</b> (person <code>stalin</code>)</p>\n<ul>\n<li>Variants: Stalin; I. V. Stalin</li>\n"
				+ "<li>Aliases: Filipov</li>\n<li>Authority ids: Wikidata Q855</li>\n</ul>\n", html);
		assertFalse(html.contains("**") || html.contains("- Variants"), "no raw Markdown");
		IInformationControl control = assertInstanceOf(ITextHoverExtension.class, hover).getHoverControlCreator()
				.createInformationControl(editor.getSite().getShell());
		try {
			assertNotNull(assertInstanceOf(IInformationControlExtension5.class, control).getInformationPresenterControlCreator(),
					"the hover can be entered and stays on screen, resizable");
		} finally {
			control.dispose();
		}
	}

	@Test
	void aRulerIconHasItsMessageAsTooltip() throws Exception {
		IProject project = ExampleProjects.get("hover-ruler");
		ChanceryEditor editor = Editors.open(project.getFile("wilson-center-xinjiang.chancery"));
		int id = Editors.offsetOf(editor, "<hami|", 0) + 1;
		Editors.editAndReconcile(editor, () -> editor.getViewer().getTextWidget().replaceTextRange(id + 3, 1, "y"));
		int line = editor.getDocument().getLineOfOffset(id);

		String tooltip = editor.rulerHover().getHoverInfo(editor.getViewer(), line);

		assertTrue(tooltip != null && tooltip.contains("‘hamy’"), tooltip);
		assertNotNull(editor.getAdapter(IVerticalRulerInfo.class));
	}
}

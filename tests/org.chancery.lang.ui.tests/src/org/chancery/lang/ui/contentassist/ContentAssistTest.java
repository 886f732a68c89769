package org.chancery.lang.ui.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Assists;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+Space at a marked offset proposes register ids of the whole corpus. */
class ContentAssistTest {

	private static final String CURSOR = "<|>";

	private static final String LETTER = """
			letter 1942-07-04-assist {
			  title "Content assist"
			  from yang<|>
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aDateTemplateTabsBetweenItsPlaceholders() throws Exception {
		IProject project = ExampleProjects.get("contentassist-date");
		String letter = """
				letter 1942-07-07-date {
				  title "Date"
				  from stalin
				  to molotov
				  date bet<|>
				}
				""";
		IFile file = project.getFile("date.chancery");
		file.create(new ByteArrayInputStream(letter.replace(CURSOR, "").getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);
		int offset = letter.indexOf(CURSOR);

		Assists.apply(editor.getViewer(), Assists.proposal(editor, offset, "between"), offset);

		int start = letter.indexOf("bet<|>");
		assertEquals(letter.replace("bet<|>", "between yyyy-mm-dd and yyyy-mm-dd"), editor.getDocument().get());
		assertEquals(new org.eclipse.swt.graphics.Point(start + "between ".length(), "yyyy-mm-dd".length()),
				editor.getViewer().getSelectedRange(), "the first placeholder is selected, to be typed over");
	}

	@Test
	void proposesTheSendersWhoseIdStartsWithTheTypedWord() throws Exception {
		IProject project = ExampleProjects.get("contentassist");
		IFile file = project.getFile("assist.chancery");
		int offset = LETTER.indexOf(CURSOR);
		String text = LETTER.replace(CURSOR, "");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		ChanceryEditor editor = Editors.open(file);

		ICompletionProposal[] proposals = editor.contentAssistProcessor().computeCompletionProposals(editor.getViewer(), offset);

		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertEquals(List.of("yang-zengxin — Yang Zengxin – person"), labels);

		proposals[0].apply(editor.getDocument());
		assertEquals(text.replace("from yang\n", "from yang-zengxin\n"), editor.getDocument().get());
	}
}

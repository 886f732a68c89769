package org.chancery.lang.ui.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+1 on an unknown id creates the register entry in the register file of its kind. */
class QuickFixTest {

	private static final String LETTER = """
			letter 1942-07-05-quickfix {
			  title "Quick fix"
			  date 1942-07-05
			  text {
			    A letter from <li-bai|Li Bai>.
			  }
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void createsTheMissingPersonInThePersonsRegister() throws Exception {
		IProject project = ExampleProjects.get("quickfix");
		IFile persons = project.getFile("registers/persons.chancery");
		String registerBefore = new String(persons.getContents().readAllBytes(), StandardCharsets.UTF_8);
		IFile file = project.getFile("quickfix.chancery");
		file.create(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);
		int offset = Editors.offsetOf(editor, "li-bai", 0) + 2;

		ICompletionProposal[] proposals = ((org.eclipse.jface.text.source.ISourceViewerExtension3) editor.getViewer())
				.getQuickAssistAssistant().getQuickAssistProcessor().computeQuickAssistProposals(context(editor.getViewer(), offset));
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertEquals(List.of("Create person ‘li-bai’ in persons.chancery", "Create place ‘li-bai’ in places.chancery",
				"Create organisation ‘li-bai’ in organisations.chancery",
				"Create publication ‘li-bai’ in publications.chancery"), labels);

		proposals[0].apply(editor.getDocument());

		String registerAfter = new String(persons.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(registerBefore + (registerBefore.endsWith("\n") ? "\n" : "\n\n") + "person li-bai {\n  name \"Li Bai\"\n}\n",
				registerAfter);
	}

	private static IQuickAssistInvocationContext context(ISourceViewer viewer, int offset) {
		return new IQuickAssistInvocationContext() {
			@Override
			public ISourceViewer getSourceViewer() {
				return viewer;
			}

			@Override
			public int getOffset() {
				return offset;
			}

			@Override
			public int getLength() {
				return 0;
			}
		};
	}
}

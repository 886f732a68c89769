package org.chancery.lang.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A register opened in the editor says of its entries what the builder says: kudashev, named in
 * the example article, is referred to, also in a project whose name has a space (the research
 * editor's "Chancery Examples").
 */
class RegisterEditorUsageTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void anEntryTheCorpusNamesIsNotReportedUnused() throws Exception {
		assertEquals(List.of(), unusedIn("register-usage"));
	}

	@Test
	void soInAProjectWhoseNameHasASpace() throws Exception {
		assertEquals(List.of(), unusedIn("Register Usage"));
	}

	private static List<String> unusedIn(String projectName) throws Exception {
		ChanceryEditor register = Editors.open(ExampleProjects.get(projectName).getFile("registers/persons.chancery"));

		return unused(register);
	}

	private static List<String> unused(ChanceryEditor editor) {
		IAnnotationModel model = editor.getViewer().getAnnotationModel();
		List<String> messages = new ArrayList<>();
		for (IssueAnnotation annotation : ProblemAnnotations.of(model)) {
			if (annotation.getText().startsWith("Nothing in the corpus refers to") && model.getPosition(annotation) != null) {
				messages.add(annotation.getText());
			}
		}
		return messages.stream().filter(message -> message.contains("kudashev") || message.contains("liu-jingren")).toList();
	}
}

package org.chancery.lang.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chancery.lang.ui.navigation.ReferencesView;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Register view lists the entries with their mention counts, filters, and shows mentions. */
class RegisterViewTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void filtersEntriesAndShowsEveryMention() throws Exception {
		IProject project = ExampleProjects.get("registers");
		RegisterView view = (RegisterView) Workbench.page().showView(RegisterView.ID);
		view.scheduleRefresh();
		Workbench.waitForJobs(RegisterView.FAMILY);
		Workbench.waitUntil("the register entries", () -> !view.visibleEntries().isEmpty());

		view.setFilter("Shicai");
		List<String> rows = view.visibleEntries().stream().filter(entry -> entry.index().getProject().equals(project))
				.map(entry -> entry.kind() + " " + entry.id() + " " + entry.name() + " " + entry.mentions()).toList();
		assertEquals(List.of("person sheng-shicai Sheng Shicai 6"), rows);

		RegisterEntry sheng = view.visibleEntries().stream().filter(entry -> entry.index().getProject().equals(project))
				.findFirst().orElseThrow();
		view.showMentions(sheng);
		ReferencesView references = (ReferencesView) Workbench.page().findView(ReferencesView.ID);
		List<String> files = references.getFiles().stream().map(file -> file.uri().substring(file.uri().lastIndexOf('/') + 1)
				+ " " + file.locations().size()).toList();
		assertEquals(List.of("wilson-center-xinjiang.chancery 6"), files);
		assertEquals("‘Sheng Shicai’: 6 references in 1 document file", references.getTitleText());
	}
}

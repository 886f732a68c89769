package org.chancery.lang.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.chancery.lang.search.DocumentCriteria;
import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Services;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Platform's Search for the corpus: the Chancery Search page's query by sender and date
 * range, and the references of an id (Ctrl+Shift+G), each shown in the Search view.
 */
class ChancerySearchTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aSearchBySenderAndDateRangeFindsExactlyTheDocumentsInTheRange() throws Exception {
		IProject project = ExampleProjects.get("search-documents");
		Shell shell = new Shell();
		shell.setLayout(new FillLayout());
		try {
			ChancerySearchPage page = Services.get(ChancerySearchPage.class);
			page.createControl(shell);
			page.setCriteria(new DocumentCriteria("vkpb-politburo", null, LocalDate.parse("1936-01-01"),
					LocalDate.parse("1945-12-31"), null, null, null, null));
			DocumentQuery query = page.query(page.criteria());
			IStatus status = NewSearchUI.runQueryInForeground(null, query);
			assertEquals("OK", status.isOK() ? "OK" : status.getMessage() + ": " + Arrays.stream(status.getChildren())
					.map(IStatus::getMessage).collect(Collectors.joining("; ")), "every file of every project was searched");
			assertTrue(query.getSearchResult().getLabel().startsWith("Chancery documents: from vkpb-politburo, 1936-01-01 to 1945-12-31 – "),
					query.getSearchResult().getLabel());
			// the workspace holds other copies of the example corpus: this project's rows
			String file = "search-documents/wilson-center-xinjiang.chancery";
			// the Search view shows a result in batches, from a job of its own
			Workbench.waitUntil("the Search view to list the documents found", () -> rowsOfTheSearchView().contains(file));
			// rows in the order of the file: the minutes of 1940 stand before the decision of 1936
			assertEquals(file + ":" + lineOf(project, "minutes 1940-10-26-politburo-minutes-21 {")
					+ "  minutes 1940-10-26-politburo-minutes-21\n" + file + ":"
					+ lineOf(project, "decision 1936-06-17-soviet-trade-with-xinjiang {") + "  decision 1936-06-17-soviet-trade-with-xinjiang\n",
					Arrays.stream(rowsOfTheSearchView().split("\n")).filter(row -> row.startsWith("search-documents/"))
							.map(row -> row + "\n").collect(Collectors.joining()));
		} finally {
			shell.dispose();
		}
	}

	@Test
	void ctrlShiftGListsTheReferencesInTheSearchView() throws Exception {
		IProject project = ExampleProjects.get("search-references");
		ChanceryEditor editor = Editors.open(project.getFile("refugee-massacre-1917.chancery"));
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertTrue(Arrays.asList(bindings.getActiveBindingsFor("org.chancery.lang.ui.searchReferences"))
				.contains(KeySequence.getInstance("M1+M2+G")), "Ctrl+Shift+G is bound in the editor");
		editor.selectAndReveal(Editors.offsetOf(editor, "at urumchi", 0) + 5, 0);
		ReferencesQuery query = Services.get(SearchReferencesHandler.class).queryAt(editor);
		NewSearchUI.runQueryInForeground(null, query);
		assertEquals("References to ‘urumchi’ – 6 matches", query.getSearchResult().getLabel());
		assertEquals("""
				search-references/refugee-massacre-1917.chancery:24
				search-references/wilson-center-xinjiang.chancery:25
				search-references/wilson-center-xinjiang.chancery:25
				search-references/wilson-center-xinjiang.chancery:70
				search-references/wilson-center-xinjiang.chancery:77
				search-references/wilson-center-xinjiang.chancery:122
				""", Arrays.stream(rowsOfTheSearchView().split("\n")).map(row -> row.substring(0, row.indexOf("  ")) + "\n")
				.collect(Collectors.joining()));
	}

	private static String rowsOfTheSearchView() {
		ISearchResultViewPart view = NewSearchUI.activateSearchResultView();
		ChancerySearchResultPage page = assertInstanceOf(ChancerySearchResultPage.class, view.getActivePage());
		Workbench.processEvents();
		StringBuilder rows = new StringBuilder();
		for (TableItem item : page.getTable().getTable().getItems()) {
			rows.append(item.getText()).append('\n');
		}
		return rows.toString();
	}

	private static int lineOf(IProject project, String text) throws Exception {
		String content = new String(project.getFile("wilson-center-xinjiang.chancery").getContents().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
	}
}

package org.chancery.lang.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the user sees of an export: the job in the Progress view, then a notification naming the
 * count and the folder (its link selects the folder), or, for a corpus with errors, a dialog naming
 * the first errors with a button to the Problems view.
 */
class ExportOutcomesTest {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	private final List<String> jobs = new ArrayList<>();

	private final JobChangeAdapter jobNames = new JobChangeAdapter() {
		@Override
		public void scheduled(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ExportJob.FAMILY)) {
				jobs.add(event.getJob().getName() + (event.getJob().isUser() ? " (user job)" : ""));
			}
		}
	};

	/** Before and after: the outcome of an export another test started must not be taken for this one's. */
	@BeforeEach
	@AfterEach
	void closeShells() {
		Job.getJobManager().removeJobChangeListener(jobNames);
		for (Shell shell : Display.getCurrent().getShells()) {
			if (ExportNotification.TITLE.equals(shell.getText()) || ExportRefusedDialog.TITLE.equals(shell.getText())) {
				shell.close();
			}
		}
	}

	@Test
	void aFinishedExportNamesTheCountAndTheFolderAndItsLinkSelectsTheFolder() throws Exception {
		IProject project = ExampleProjects.get("export-notified");
		Job.getJobManager().addJobChangeListener(jobNames);

		export(project, "tei");

		assertEquals(List.of("Export export-notified to TEI (user job)"), jobs, "the job the Progress view shows");
		Shell notification = shell(ExportNotification.TITLE, "/export-notified/");
		long files;
		try (Stream<Path> list = Files.list(project.getLocation().toFile().toPath().resolve("export/tei"))) {
			files = list.filter(Files::isRegularFile).count();
		}
		assertTrue(files > 10, files + " files");
		assertEquals(List.of(files + " TEI files exported to /export-notified/export/tei"), texts(notification, Label.class));
		assertEquals(List.of("<a>" + ExportNotification.SHOW_FOLDER + "</a>"), texts(notification, Link.class));
		assertTrue(Workbench.page().getActivePart() != null);

		Link link = find(notification, Link.class).get(0);
		link.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Workbench.processEvents();

		IViewPart explorer = Workbench.page().findView(PROJECT_EXPLORER);
		assertTrue(explorer != null, "the Project Explorer is open");
		IStructuredSelection selection = (IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection();
		assertEquals(List.of(project.getFolder("export/tei")), selection.toList());
		assertTrue(notification.isDisposed(), "the notification closes once its link is followed");
	}

	@Test
	void aRefusedExportNamesTheFirstErrorsAndOpensTheProblemsView() throws Exception {
		IProject project = ExampleProjects.get("export-refused");
		IFile file = project.getFile("unfinished.chancery");
		file.create(new ByteArrayInputStream("""
				letter 1942-07-11-unfinished {
				  title "Unfinished"
				  from nobody-known
				  to molotov
				  date 1942-07-11
				  text {
				    Seen by <someone-else|him> and <another-one|her>.
				  }
				}
				""".getBytes(StandardCharsets.UTF_8)), true, null);

		export(project, "tei");

		Shell dialog = shell(ExportRefusedDialog.TITLE, "unfinished.chancery");
		assertEquals(List.of(REFUSAL), texts(dialog, Label.class).stream().filter(text -> !text.isEmpty()).toList());
		assertTrue(Files.notExists(project.getLocation().toFile().toPath().resolve("export/tei")), "nothing written");

		Button open = find(dialog, Button.class).stream().filter(button -> button.getText().equals(ExportRefusedDialog.OPEN_PROBLEMS))
				.findFirst().orElseThrow();
		open.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Workbench.processEvents();

		assertEquals(IPageLayout.ID_PROBLEM_VIEW, Workbench.page().getActivePart().getSite().getId());
		assertTrue(dialog.isDisposed(), "the dialog closes");
	}

	private static final String REFUSAL = """
			3 errors stop the export:
			  unfinished.chancery:3: No person or organisation has the id ‘nobody-known’.
			  unfinished.chancery:7: No register entry or document has the id ‘someone-else’.
			  unfinished.chancery:7: No register entry or document has the id ‘another-one’.

			An archive should not receive an unfinished transcription: fix them, then export again.""";

	private static void export(IProject project, String format) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Command command = commands.getCommand("org.chancery.lang.ui.export");
		ParameterizedCommand export = ParameterizedCommand.generateCommand(command, Map.of(ExportHandler.FORMAT, format));
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
		context.addVariable(ISources.ACTIVE_WORKBENCH_WINDOW_NAME, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		handlers.executeCommandInContext(export, null, context);
		Workbench.waitForJobs(ExportJob.FAMILY);
	}

	/** The visible shell of that title whose labels mention the text (not another test's export). */
	private static Shell shell(String title, String mentioned) {
		Shell[] found = new Shell[1];
		Workbench.waitUntil("a shell titled " + title, () -> {
			found[0] = Arrays.stream(Display.getCurrent().getShells())
					.filter(shell -> !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())
							&& texts(shell, Label.class).stream().anyMatch(text -> text.contains(mentioned)))
					.findFirst().orElse(null);
			return found[0] != null;
		});
		return found[0];
	}

	private static <T extends Widget> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}

	private static List<String> texts(Composite parent, Class<? extends Control> type) {
		return find(parent, type).stream().map(control -> control instanceof Label label ? label.getText()
				: control instanceof Link link ? link.getText() : ((Button) control).getText()).toList();
	}
}

package org.chancery.lang.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.chancery.lang.ChanceryStandaloneSetup;
import org.chancery.lang.cli.CliCorpus;
import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.export.CorpusValidation;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * One truth for diagnostics: the workspace builder's markers on the example project are the
 * command line's issues, issue for issue (file, line, column, severity, code), after a full build,
 * after Project › Clean, and after incremental changes. The command line's side is computed in
 * process through the runtime code `chancery validate` runs ({@link CliCorpus}, {@link CorpusValidation}).
 */
class MarkersMatchCommandLineTest {

	private static final String LI_BAI = "person li-bai {\n  name \"Li Bai\"\n}\n";

	private static final String LETTER = """
			letter 1950-01-01-li-bai-letter {
			  title "A letter naming Li Bai"
			  from stalin
			  to molotov
			  date 1950-01-01
			  text {
			    A poem by <li-bai|Li Bai>.
			  }
			}
			""";

	@Test
	void theBuildersMarkersAreTheCommandLinesIssues() throws Exception {
		IProject project = ExampleProjects.get("cli-markers");
		waitForBuilds();
		List<String> commandLine = commandLineIssues(project);
		assertEquals(List.of(), commandLine.stream().filter(issue -> !issue.contains(" info ")).toList(),
				"the example corpus has neither errors nor warnings");
		assertEquals(commandLine, markers(project), "after the full build");

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(commandLine, markers(project), "after Project › Clean");

		IFile register = project.getFile("registers/poets.chancery");
		register.create(new ByteArrayInputStream(LI_BAI.getBytes(StandardCharsets.UTF_8)), true, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		List<String> withUnusedEntry = commandLineIssues(project);
		assertTrue(withUnusedEntry.contains("registers/poets.chancery:1:8: info " + ChanceryIssueCodes.UNUSED_ENTRY),
				withUnusedEntry.toString());
		assertEquals(withUnusedEntry, markers(project), "after adding an entry nothing names");

		IFile letter = project.getFile("li-bai-letter.chancery");
		letter.create(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)), true, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertEquals(commandLine, commandLineIssues(project), "the letter uses the entry");
		assertEquals(commandLine, markers(project), "after adding a letter that names the entry");

		letter.setContents(new ByteArrayInputStream(LETTER.replace("<li-bai|Li Bai>", "Li Bai").getBytes(StandardCharsets.UTF_8)),
				true, false, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertEquals(withUnusedEntry, commandLineIssues(project));
		assertEquals(withUnusedEntry, markers(project), "after the letter stopped naming the entry");
	}

	private static void waitForBuilds() throws InterruptedException {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
	}

	/** The markers as "path:line:column: severity code", sorted. */
	private static List<String> markers(IProject project) throws CoreException {
		IMarker[] markers = project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		return Arrays.stream(markers)
				.map(marker -> marker.getResource().getProjectRelativePath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, -1)
						+ ":" + marker.getAttribute(ProblemMarkers.COLUMN, -1) + ": " + severity(marker) + " "
						+ marker.getAttribute(ProblemMarkers.CODE, ""))
				.sorted().toList();
	}

	private static String severity(IMarker marker) {
		return switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
			case IMarker.SEVERITY_ERROR -> "error";
			case IMarker.SEVERITY_WARNING -> "warning";
			default -> "info";
		};
	}

	/** What `chancery validate .` in the project's folder reports, in the same form, sorted. */
	private static List<String> commandLineIssues(IProject project) throws Exception {
		Injector cli = new ChanceryStandaloneSetup().createInjector();
		Path root = project.getLocation().toFile().toPath();
		Corpus corpus = cli.getInstance(CliCorpus.class).load(root, List.of("."));
		List<String> issues = new ArrayList<>();
		for (CorpusValidation.FileIssues file : cli.getInstance(CorpusValidation.class).validate(corpus)) {
			String path = root.relativize(Path.of(file.resource().getURI().toFileString())).toString();
			for (Issue issue : file.issues()) {
				if (issue.getSeverity() != Severity.IGNORE) {
					issues.add(path + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
							+ issue.getSeverity().name().toLowerCase(Locale.ROOT) + " " + issue.getCode());
				}
			}
		}
		for (Resource resource : corpus.resourceSet().getResources()) {
			resource.unload();
		}
		return issues.stream().sorted().toList();
	}
}

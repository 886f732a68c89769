package org.chancery.lang.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;

/** The builder keeps markers and the index current as register files are added, moved and deleted. */
class CorpusBuilderTest {

	private static final String NOTE = """
			letter 1950-01-01-builder-test {
			  title "A letter to a new person"
			  from li-bai
			  to yang-zengxin
			  date 1950-01-01
			}
			""";

	private static final String LI_BAI = "person li-bai {\n  name \"Li Bai\"\n}\n";

	@Test
	void markersFollowTheRegistersThroughTheIndex() throws Exception {
		IProject project = ExampleProjects.get("builder");
		assertEquals(List.of(), errorMarkers(project), "the example corpus has no errors");

		IFile letter = project.getFile("builder-letter.chancery");
		letter.create(new ByteArrayInputStream(NOTE.getBytes(StandardCharsets.UTF_8)), true, null);
		build(project);
		assertEquals(List.of("builder-letter.chancery:3 " + ChanceryIssueCodes.UNRESOLVED_REFERENCE), errorMarkers(project));

		IFile register = project.getFile("registers/more-persons.chancery");
		register.create(new ByteArrayInputStream(LI_BAI.getBytes(StandardCharsets.UTF_8)), true, null);
		build(project);
		assertEquals(List.of(), errorMarkers(project), "adding the entry resolves the letter (an affected file)");

		register.move(project.getFile("registers/renamed-persons.chancery").getFullPath(), true, null);
		build(project);
		assertEquals(List.of(), errorMarkers(project), "a renamed register still declares the entry");
		assertEquals(1, CorpusIndexes.of(project).snapshot().getAllURIs().stream()
				.filter(uri -> uri.lastSegment().endsWith("persons.chancery") && uri.toString().contains("renamed")).count());

		project.getFile("registers/renamed-persons.chancery").delete(true, null);
		build(project);
		assertEquals(List.of("builder-letter.chancery:3 " + ChanceryIssueCodes.UNRESOLVED_REFERENCE), errorMarkers(project),
				"deleting the register breaks the letter again");
	}

	private static void build(IProject project) throws CoreException {
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}

	/** The error markers of the project as "file:line code", sorted. */
	private static List<String> errorMarkers(IProject project) throws CoreException {
		IMarker[] markers = project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		return Arrays.stream(markers).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
						+ m.getAttribute(ProblemMarkers.CODE, ""))
				.sorted().toList();
	}
}

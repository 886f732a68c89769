package org.chancery.lang.ui.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.chancery.lang.ui.builder.ProblemMarkers;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Problems view shows a lightbulb exactly where a fix exists, and the name-mismatch warning
 * has its fix: add the mention's words as a variant of the entry.
 */
class LightbulbTest {

	private static final String LETTER = """
			letter 1950-02-02-lightbulbs {
			  title "Lightbulbs"
			  from stalin
			  to molotov
			  date 1950-02-02
			  text {
			    Ambassador <kudashev|Kudashov> met <yang-zengxn|Yang>.
			  }
			  note 1 {
			    A note no marker points to.
			  }
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aLightbulbOnlyWhereAFixExists() throws Exception {
		IProject project = ExampleProjects.get("lightbulbs");
		IFile letter = project.getFile("lightbulbs.chancery");
		letter.create(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)), true, null);
		IFile register = project.getFile("registers/more.chancery");
		register.create(new ByteArrayInputStream("place nowhere {\n  name \"Nowhere\"\n}\n".getBytes(StandardCharsets.UTF_8)),
				true, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		List<IMarker> markers = Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
				.filter(m -> m.getResource().equals(letter) || m.getResource().equals(register)).sorted(Comparator.comparing((IMarker m) -> m.getAttribute(ProblemMarkers.CODE, ""))).toList();
		List<String> lightbulbs = markers.stream().map(m -> m.getAttribute(ProblemMarkers.CODE, "") + " lightbulb "
				+ IDE.getMarkerHelpRegistry().hasResolutions(m) + ", fixes " + (IDE.getMarkerHelpRegistry().getResolutions(m).length > 0))
				.toList();
		assertEquals(List.of(ChanceryIssueCodes.NAME_MISMATCH + " lightbulb true, fixes true",
				ChanceryIssueCodes.UNREFERENCED_NOTE + " lightbulb false, fixes false",
				ChanceryIssueCodes.UNRESOLVED_REFERENCE + " lightbulb true, fixes true",
				ChanceryIssueCodes.UNUSED_ENTRY + " lightbulb false, fixes false"), lightbulbs);

		IMarker mismatch = markers.get(0);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(mismatch);
		assertEquals("Add ‘Kudashov’ as a variant of kudashev", resolutions[0].getLabel());
		resolutions[0].run(mismatch);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		String persons = new String(project.getFile("registers/persons.chancery").getContents().readAllBytes(),
				StandardCharsets.UTF_8);
		assertTrue(persons.contains("person kudashev {\n  name \"N. A. Kudashev\"\n  variant \"N.A. Kudashev\", \"Kudashev\", \"Kudashov\"\n"),
				persons);
		assertEquals(List.of(), Arrays.stream(letter.findMarkers(ProblemMarkers.TYPE, true, 0))
				.map(m -> m.getAttribute(ProblemMarkers.CODE, "")).filter(ChanceryIssueCodes.NAME_MISMATCH::equals).toList());
	}
}

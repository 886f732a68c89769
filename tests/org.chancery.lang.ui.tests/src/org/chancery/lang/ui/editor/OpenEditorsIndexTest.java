package org.chancery.lang.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.chancery.lang.ui.builder.ProblemMarkers;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.chancery.lang.ui.tests.Assists;
import org.chancery.lang.ui.tests.Keys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Open editors are validated against each other's unsaved text, as Eclipse's Java editor does: a
 * quick fix that edits another open editor resolves the problem at once, without saving; and no
 * stale error stays in the ruler after a fix.
 */
class OpenEditorsIndexTest {

	private static final String LETTER = """
			letter 1950-03-03-open-editors {
			  title "Open editors"
			  from stalin
			  to molotov
			  date 1950-03-03
			  text {
			    A poem by <li-bai|Li Bai>, read to <kudashv|Kudashev>.
			  }
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void creatingAPersonInAnUnsavedRegisterResolvesTheLetterAtOnce() throws Exception {
		IProject project = ExampleProjects.get("open-editors-create");
		IFile letterFile = create(project, "open-editors.chancery", LETTER);
		ChanceryEditor register = Editors.open(project.getFile("registers/persons.chancery"));
		ChanceryEditor letter = Editors.open(letterFile);
		int id = Editors.offsetOf(letter, "li-bai", 0);
		Workbench.waitUntil("the error on li-bai", () -> errors(letter).contains(ChanceryIssueCodes.UNRESOLVED_REFERENCE + " li-bai"));

		ICompletionProposal create = Assists.quickFix(letter, id + 2,
				"Create person ‘li-bai’ in persons.chancery");
		create.apply(letter.getDocument());

		assertTrue(register.isDirty(), "the register's editor holds the new entry, unsaved");
		assertTrue(register.getDocument().get().contains("person li-bai {"));
		Workbench.waitUntil("the letter to see the unsaved entry",
				() -> !errors(letter).contains(ChanceryIssueCodes.UNRESOLVED_REFERENCE + " li-bai"));

		// taking the entry out again (unsaved) brings the error back
		String withEntry = register.getDocument().get();
		Editors.editAndReconcile(register, () -> register.getDocument().set(withEntry.replace("person li-bai {", "person li-po {")));
		Workbench.waitUntil("the letter to see the entry gone",
				() -> errors(letter).contains(ChanceryIssueCodes.UNRESOLVED_REFERENCE + " li-bai"));
	}

	@Test
	void changeToACloseIdLeavesNoStaleErrorIconInTheRuler() throws Exception {
		IProject project = ExampleProjects.get("open-editors-change");
		IFile letterFile = create(project, "open-editors.chancery", LETTER.replace("<li-bai|Li Bai>", "Li Bai").replace("kudashv", "kudashev"));
		ChanceryEditor letter = Editors.open(letterFile);
		letter.getSite().getShell().setBounds(0, 0, 1280, 1024);
		int id = Editors.offsetOf(letter, "kudashev", 0);
		// the transcriber mistypes the id and saves: the builder adds its marker
		Editors.editAndReconcile(letter, () -> letter.getViewer().getTextWidget().replaceTextRange(id + "kudash".length(), 1, ""));
		letter.doSave(new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		assertEquals(1, errorMarkers(letterFile), "the builder's error on kudashv");
		Workbench.sleep(500);
		int line = letter.getViewer().getTextWidget().getLineAtOffset(id);
		assertTrue(redPixelsInRuler(letter, line) > 20, "the ruler shows the error");

		Keys.click(letter.getViewer().getTextWidget(), id + 2);
		ICompletionProposal change = Assists.quickFix(letter, id + 2, "Change to ‘kudashev’");
		Editors.editAndReconcile(letter, () -> Assists.apply(letter.getViewer(), change, id + 2));
		Workbench.sleep(800);

		assertEquals(List.of(), shownErrors(letter.getViewer().getAnnotationModel()), "errors the editor holds");
		assertEquals(0, redPixelsInRuler(letter, line), "red pixels of an error icon in the ruler");
		assertEquals(1, errorMarkers(letterFile), "the Problems view keeps the saved state until the file is saved");
	}

	/** What the screen shows in the editor's vertical ruler beside a line: pixels of an error icon's red. */
	private static int redPixelsInRuler(ChanceryEditor editor, int line) {
		Control ruler = editor.getAdapter(IVerticalRulerInfo.class).getControl();
		StyledText widget = editor.getViewer().getTextWidget();
		int y = widget.getLinePixel(line);
		int height = widget.getLineHeight();
		Point origin = ruler.toDisplay(0, y);
		int width = ruler.getSize().x;
		Image image = new Image(ruler.getDisplay(), width, height);
		GC gc = new GC(ruler.getDisplay());
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageData data = image.getImageData();
			int red = 0;
			for (int x = 0; x < width; x++) {
				for (int row = 0; row < height; row++) {
					RGB rgb = data.palette.getRGB(data.getPixel(x, row));
					if (rgb.red > 150 && rgb.green < 90 && rgb.blue < 90) {
						red++;
					}
				}
			}
			return red;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static IFile create(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** The live error annotations as "code id". */
	private static List<String> errors(ChanceryEditor editor) {
		IAnnotationModel model = editor.getViewer().getAnnotationModel();
		List<String> result = new ArrayList<>();
		for (IssueAnnotation annotation : ProblemAnnotations.of(model)) {
			if (annotation.getType().equals(IssueAnnotation.ERROR) && model.getPosition(annotation) != null) {
				var position = model.getPosition(annotation);
				result.add(annotation.getIssue().getCode() + " "
						+ editor.getDocument().get().substring(position.getOffset(), position.getOffset() + position.getLength()));
			}
		}
		return result;
	}

	/** Every error the editor's rulers draw: live ones and markers, unless marked deleted. */
	static List<String> shownErrors(IAnnotationModel model) {
		List<String> shown = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation.isMarkedDeleted()) {
				continue;
			}
			if (annotation instanceof IssueAnnotation issue && issue.getType().equals(IssueAnnotation.ERROR)) {
				shown.add("live: " + issue.getText());
			} else if (annotation instanceof MarkerAnnotation marker && marker.getMarker().exists()
					&& marker.getMarker().getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				shown.add("marker: " + marker.getText());
			}
		}
		return shown;
	}

	private static int errorMarkers(IFile file) throws CoreException {
		int count = 0;
		for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, true, 0)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				count++;
			}
		}
		return count;
	}
}

package org.chancery.lang.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.chancery.lang.ui.builder.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Typing an error into an example document shows it as an annotation once the reconciler ran. */
class ProblemAnnotationsTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void typingAnUnknownIdShowsAnErrorAnnotationAtTheId() throws Exception {
		IProject project = ExampleProjects.get("annotations");
		ChanceryEditor editor = Editors.open(project.getFile("refugee-massacre-1917.chancery"));
		assertEquals(List.of(), errors(editor), "the example corpus has no errors");

		int idEnd = Editors.offsetOf(editor, "<nan-mu|", 0) + "<nan-mu".length();
		StyledText widget = editor.getViewer().getTextWidget();
		Editors.editAndReconcile(editor, () -> {
			widget.setSelection(idEnd);
			widget.insert("u");
		});

		int idStart = idEnd - "nan-mu".length();
		assertEquals(List.of(idStart + ":7 " + ChanceryIssueCodes.UNRESOLVED_REFERENCE
				+ " No register entry or document has the id ‘nan-muu’; did you mean ‘nan-mu’?"), errors(editor));
	}

	@Test
	void aSavedErrorIsShownOnceWhileTheEditorIsOpen() throws Exception {
		IProject project = ExampleProjects.get("annotations-saved");
		ChanceryEditor editor = Editors.open(project.getFile("refugee-massacre-1917.chancery"));
		int idEnd = Editors.offsetOf(editor, "<nan-mu|", 0) + "<nan-mu".length();
		StyledText widget = editor.getViewer().getTextWidget();
		Editors.editAndReconcile(editor, () -> {
			widget.setSelection(idEnd);
			widget.insert("u");
		});
		editor.doSave(new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Workbench.sleep(300);
		Editors.editAndReconcile(editor, () -> widget.replaceTextRange(0, 0, " "));

		assertEquals(1, project.getFile("refugee-massacre-1917.chancery").findMarkers(ProblemMarkers.TYPE, true, 0).length,
				"the Problems view keeps the marker");
		assertEquals(List.of(), markerAnnotations(editor), "the editor shows its live annotation, not the marker");
		assertEquals(1, errors(editor).size());
	}

	private static List<MarkerAnnotation> markerAnnotations(ChanceryEditor editor) {
		List<MarkerAnnotation> result = new java.util.ArrayList<>();
		for (var it = editor.getViewer().getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && annotation.getMarker().exists()
					&& annotation.getMarker().getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				result.add(annotation);
			}
		}
		return result;
	}

	/** The error annotations as "offset:length code message", by offset. */
	private static List<String> errors(ChanceryEditor editor) {
		IAnnotationModel model = editor.getViewer().getAnnotationModel();
		return ProblemAnnotations.of(model).stream().filter(a -> a.getType().equals(IssueAnnotation.ERROR))
				.sorted(Comparator.comparingInt(a -> model.getPosition(a).getOffset())).map(a -> {
					Position position = model.getPosition(a);
					return position.getOffset() + ":" + position.getLength() + " " + a.getIssue().getCode() + " " + a.getText();
				}).toList();
	}
}

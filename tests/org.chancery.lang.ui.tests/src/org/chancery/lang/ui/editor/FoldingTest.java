package org.chancery.lang.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Documents, sections and blocks of prose fold when they span lines; the ruler shows the folding. */
class FoldingTest {

	private static final String LETTER = """
			letter 1950-04-05-folding {
			  title "Folding"
			  from stalin
			  to molotov
			  date 1950-04-05
			  text {
			    First paragraph.

			    Second paragraph.[^2]
			  }
			  note 1 { One line. }
			  note 2 {
			    Two
			    lines.
			  }
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theDocumentItsTextAndItsLongerNoteFold() throws Exception {
		IFile file = ExampleProjects.get("folding").getFile("folding.chancery");
		file.create(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);

		List<String> folds = waitForFolds(editor, 3);

		assertEquals(List.of("lines 1-16", "lines 6-10", "lines 12-15"), folds);
	}

	@Test
	void theExampleArticleFoldsItsTelegramsTextsAndNote() throws Exception {
		ChanceryEditor editor = Editors.open(ExampleProjects.get("folding-example").getFile("refugee-massacre-1917.chancery"));

		List<String> folds = waitForFolds(editor, EXAMPLE_FOLDS.size());

		assertEquals(EXAMPLE_FOLDS, folds);
	}

	/** The article (6-92), its figures, texts, quoted telegrams, the meeting and its turns, its note; two telegrams. */
	private static final List<String> EXAMPLE_FOLDS = List.of("lines 6-92", "lines 12-14", "lines 16-20", "lines 22-38",
			"lines 31-37", "lines 40-42", "lines 44-60", "lines 51-53", "lines 54-56", "lines 57-59", "lines 62-75",
			"lines 72-74", "lines 77-79", "lines 81-87", "lines 89-91", "lines 96-101", "lines 103-108");

	@Test
	void foldingHidesTheLinesOfTheText() throws Exception {
		IFile file = ExampleProjects.get("folding").getFile("collapse.chancery");
		file.create(new ByteArrayInputStream(LETTER.replace("1950-04-05-folding", "1950-04-06-collapse")
				.getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);
		waitForFolds(editor, 3);
		ProjectionViewer viewer = (ProjectionViewer) editor.getViewer();
		int lines = viewer.getTextWidget().getLineCount();

		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		model.collapse(annotationAt(model, editor.getDocument(), 6));
		Workbench.processEvents();

		assertEquals(lines - 4, viewer.getTextWidget().getLineCount(), "the text block shows as its first line");
	}

	private static List<String> waitForFolds(ChanceryEditor editor, int count) {
		ProjectionAnnotationModel model = ((ProjectionViewer) editor.getViewer()).getProjectionAnnotationModel();
		Workbench.waitUntil(count + " folding regions", () -> folds(model, editor.getDocument()).size() >= count);
		return folds(model, editor.getDocument());
	}

	/** The folding regions as 1-based line ranges, in document order. */
	private static List<String> folds(ProjectionAnnotationModel model, IDocument document) {
		List<Position> positions = new ArrayList<>();
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			Annotation annotation = all.next();
			if (annotation instanceof ProjectionAnnotation) {
				positions.add(model.getPosition(annotation));
			}
		}
		positions.sort((a, b) -> a.getOffset() != b.getOffset() ? Integer.compare(a.getOffset(), b.getOffset())
				: Integer.compare(b.getLength(), a.getLength()));
		List<String> lines = new ArrayList<>();
		try {
			for (Position position : positions) {
				int first = document.getLineOfOffset(position.getOffset()) + 1;
				int last = document.getLineOfOffset(position.getOffset() + position.getLength() - 1) + 1;
				assertEquals(document.getLineOffset(first - 1), position.getOffset(), "a fold starts at a line start");
				lines.add("lines " + first + "-" + last);
			}
		} catch (BadLocationException e) {
			throw new AssertionError(e);
		}
		return lines;
	}

	private static ProjectionAnnotation annotationAt(ProjectionAnnotationModel model, IDocument document, int line)
			throws BadLocationException {
		int offset = document.getLineOffset(line - 1);
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			Annotation annotation = all.next();
			if (annotation instanceof ProjectionAnnotation projection && model.getPosition(annotation).getOffset() == offset) {
				return projection;
			}
		}
		throw new AssertionError("no fold at line " + line);
	}
}

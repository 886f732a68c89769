package org.chancery.lang.ui.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.chancery.lang.ui.builder.ProblemMarkers;
import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Services;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.IValidationCheckResultQuery;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.chancery.lang.ui.outline.SymbolOutlinePage;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rename of a place's id across three files of the example corpus, one of them open in an editor
 * with unsaved text: the Platform's refactoring changes the register and the other document on
 * disk and the open document in its editor (still unsaved), leaves no error, and one undo
 * restores all three.
 */
class RenameRefactoringTest {

	/** Undo and redo proceed as the user who confirms (the files were not changed in between). */
	private static final IValidationCheckResultQuery PROCEED = new IValidationCheckResultQuery() {

		@Override
		public boolean proceed(RefactoringStatus status) {
			return true;
		}

		@Override
		public void stopped(RefactoringStatus status) {
		}
	};

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void renameChangesThreeFilesOneOfThemUnsavedAndOneUndoRestoresThem() throws Exception {
		IProject project = ExampleProjects.get("rename-three");
		IFile register = project.getFile("registers/places.chancery");
		IFile refugees = project.getFile("refugee-massacre-1917.chancery");
		IFile wilson = project.getFile("wilson-center-xinjiang.chancery");
		String registerBefore = read(register);
		String refugeesBefore = read(refugees);
		String wilsonOnDisk = read(wilson);

		ChanceryEditor editor = Editors.open(wilson);
		Editors.editAndReconcile(editor, () -> replace(editor, 0, 0, "// checked against the archive copy\n"));
		String wilsonUnsaved = editor.getDocument().get();
		assertTrue(editor.isDirty());

		RenameIdRefactoring refactoring = Services.get(RenameIdRefactoring.class);
		refactoring.init(editor.getEditorResource(), wilsonUnsaved, wilsonUnsaved.indexOf("<urumchi|") + 3);
		refactoring.setNewId("urumqi");
		PerformRefactoringOperation rename = new PerformRefactoringOperation(refactoring, CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(rename, new NullProgressMonitor());
		assertTrue(rename.getConditionStatus().isOK(), rename.getConditionStatus().toString());

		// every occurrence of this id is the id (no word or other id contains it)
		assertEquals(registerBefore.replace("urumchi", "urumqi"), read(register));
		assertEquals(refugeesBefore.replace("urumchi", "urumqi"), read(refugees));
		assertEquals(wilsonUnsaved.replace("urumchi", "urumqi"), editor.getDocument().get());
		assertTrue(editor.isDirty(), "the open document keeps its unsaved state");
		assertEquals(wilsonOnDisk, read(wilson), "the open document's file is not saved behind the user's back");
		Workbench.waitUntil("a reconcile of the renamed text", () -> errorAnnotations(editor).isEmpty());

		// from the editor, the Platform asks first, as for any undo reaching beyond the editor's file
		String[] question = confirmNextDialog();
		RefactoringCore.getUndoManager().performUndo(PROCEED, new NullProgressMonitor());
		assertEquals("Undoing 'Rename ‘urumchi’ to ‘urumqi’' affects elements outside of 'wilson-center-xinjiang.chancery'."
				+ " Continue with undoing 'Rename ‘urumchi’ to ‘urumqi’'?", question[0]);
		assertEquals(registerBefore, read(register));
		assertEquals(refugeesBefore, read(refugees));
		assertEquals(wilsonUnsaved, editor.getDocument().get());

		confirmNextDialog();
		RefactoringCore.getUndoManager().performRedo(PROCEED, new NullProgressMonitor());
		assertEquals(wilsonUnsaved.replace("urumchi", "urumqi"), editor.getDocument().get());
		editor.doSave(new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertEquals(List.of(), errorMarkers(project));
	}

	@Test
	void anIdAlreadyGivenAndAKeywordAreRefused() throws Exception {
		IProject project = ExampleProjects.get("rename-refused");
		ChanceryEditor editor = Editors.open(project.getFile("wilson-center-xinjiang.chancery"));
		String text = editor.getDocument().get();

		RenameIdRefactoring taken = Services.get(RenameIdRefactoring.class);
		taken.init(editor.getEditorResource(), text, text.indexOf("<urumchi|") + 3);
		assertTrue(taken.checkInitialConditions(new NullProgressMonitor()).isOK());
		taken.setNewId("xinjiang");
		RefactoringStatus refused = taken.checkFinalConditions(new NullProgressMonitor());
		assertEquals("The id ‘xinjiang’ is already given to a place in places.chancery; ids must be unique in the corpus.",
				refused.getMessageMatchingSeverity(RefactoringStatus.FATAL));

		RenameIdRefactoring keyword = Services.get(RenameIdRefactoring.class);
		keyword.init(editor.getEditorResource(), text, text.indexOf("  to kovalev") + 2);
		assertEquals("‘to’ is a keyword; only the id of a register entry or a document can be renamed.",
				keyword.checkInitialConditions(new NullProgressMonitor()).getMessageMatchingSeverity(RefactoringStatus.FATAL));
		assertFalse(editor.isDirty());
	}

	@Test
	void altShiftRInTheEditorAndF2InTheOutlineOpenTheWizardWithTheId() throws Exception {
		IProject project = ExampleProjects.get("rename-keys");
		ChanceryEditor editor = Editors.open(project.getFile("wilson-center-xinjiang.chancery"));
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertTrue(Arrays.asList(bindings.getActiveBindingsFor("org.chancery.lang.ui.rename")).contains(KeySequence.getInstance("M2+M3+R")),
				"Alt+Shift+R is bound in the editor");
		editor.selectAndReveal(Editors.offsetOf(editor, "<urumchi|", 0) + 3, 0);
		assertEquals("Rename: urumchi", wizardOpenedBy("org.chancery.lang.ui.rename"));

		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		SymbolOutlinePage page = editor.getOutlinePage();
		Workbench.waitUntil("the outline", () -> !page.getSymbols().isEmpty());
		DocumentSymbol telegram = page.getSymbols().stream()
				.filter(symbol -> symbol.getName().startsWith("Ciphered Telegram No. 4159")).findFirst().orElseThrow();
		page.getTreeViewer().setSelection(new StructuredSelection(telegram));
		Workbench.page().activate(outline);
		assertTrue(Arrays.asList(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.FILE_RENAME)).contains(KeySequence.getInstance("F2")),
				"F2 is the Platform's Rename");
		assertEquals("Rename: 1949-10-14-filipov-to-kovalev", wizardOpenedBy(IWorkbenchCommandConstants.FILE_RENAME));
	}

	/** Presses the default button of the next dialog that opens; the array gets its message (or stays empty). */
	private static String[] confirmNextDialog() {
		Display display = Display.getCurrent();
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		String[] message = { "no dialog" };
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 10_000;
		poll[0] = () -> {
			Shell shell = display.getActiveShell();
			if (shell != null && shell != workbench && shell.getDefaultButton() != null) {
				message[0] = messageOf(shell);
				shell.getDefaultButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			} else if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
		return message;
	}

	private static String messageOf(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label && label.getText().length() > 20) {
				return label.getText().replaceAll("\\s+", " ");
			}
			if (child instanceof Composite inner && !messageOf(inner).isEmpty()) {
				return messageOf(inner);
			}
		}
		return "";
	}

	/** Runs the command, and reads and closes the dialog it opens: "title: its editable field's text". */
	private static String wizardOpenedBy(String command) throws Exception {
		Display display = Display.getCurrent();
		String[] seen = { "no dialog" };
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 20_000;
		poll[0] = () -> {
			Shell shell = display.getActiveShell();
			Text field = shell == null ? null : firstText(shell);
			if (shell != null && shell.getText().startsWith("Rename") && field != null) {
				seen[0] = shell.getText() + ": " + field.getText();
				shell.close();
			} else if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		return seen[0];
	}

	private static Text firstText(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Text text && (text.getStyle() & SWT.READ_ONLY) == 0) {
				return text;
			}
			if (child instanceof Composite inner && firstText(inner) instanceof Text text) {
				return text;
			}
		}
		return null;
	}

	private static List<String> errorMarkers(IProject project) throws CoreException {
		List<String> errors = new ArrayList<>();
		for (IMarker marker : project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				errors.add(marker.getResource().getName() + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return errors;
	}

	private static List<String> errorAnnotations(ChanceryEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> errors = new ArrayList<>();
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			Annotation annotation = all.next();
			if (annotation.getType().endsWith(".error")) {
				errors.add(annotation.getText());
			}
		}
		return errors;
	}

	private static void replace(ChanceryEditor editor, int offset, int length, String text) {
		try {
			editor.getDocument().replace(offset, length, text);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}

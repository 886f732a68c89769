package org.chancery.lang.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.chancery.lang.ui.builder.ProblemMarkers;
import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * File › New › Chancery Document, with a register file selected: the document goes to the folder
 * of the project's documents, opens in linked mode (Tab goes from placeholder to placeholder), and
 * saved as it is holds no error.
 */
class NewDocumentWizardTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void isAShortcutOfFileNew() {
		assertTrue(Arrays.asList(Workbench.page().getNewWizardShortcuts()).contains(NewDocumentWizard.ID),
				Arrays.toString(Workbench.page().getNewWizardShortcuts()));
	}

	@Test
	void createsALetterInTheDocumentFolderInLinkedModeAndWithoutErrors() throws Exception {
		IProject project = ExampleProjects.get("new-document");
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewDocumentWizard.ID);
		NewDocumentWizard wizard = (NewDocumentWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project.getFile("registers/persons.chancery")));
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		NewDocumentWizard.DocumentPage page = (NewDocumentWizard.DocumentPage) wizard.getPages()[0];
		assertEquals(project.getFullPath(), page.getContainerFullPath(), "the project's documents, not its registers");
		page.setFileName("1942-07-12-reply");
		page.setKind("letter");
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile file = project.getFile("1942-07-12-reply.chancery");
		assertTrue(file.exists(), "created in the document folder");
		IEditorPart active = Workbench.page().getActiveEditor();
		assertTrue(active instanceof ChanceryEditor, "opened in the Chancery editor: " + active);
		ChanceryEditor editor = (ChanceryEditor) active;
		String text = editor.getDocument().get();
		assertEquals("""
				letter 1942-07-12-reply {
				  title "Letter …"
				  from apresov
				  to bakulin
				  date 1942-07-03
				  language en
				  source "citation" page 1

				  text {
				    The text as transcribed …
				  }
				}
				""", text);
		assertTrue(LinkedModeModel.hasInstalledModel(editor.getDocument()), "linked mode");
		assertEquals(new Point(text.indexOf("Letter …"), "Letter …".length()), editor.getViewer().getSelectedRange(),
				"the title is selected first");

		tab(editor.getViewer().getTextWidget());
		assertEquals(new Point(text.indexOf("apresov"), "apresov".length()), editor.getViewer().getSelectedRange(),
				"Tab selects the sender");
		tab(editor.getViewer().getTextWidget());
		assertEquals(new Point(text.indexOf("bakulin"), "bakulin".length()), editor.getViewer().getSelectedRange(),
				"Tab selects the recipient");

		editor.doSave(null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
		List<String> errors = Arrays.stream(markers)
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
		assertEquals(List.of(), errors, "no error saved with the template");
	}

	/** The research editor's example corpus keeps its documents and registers one folder down. */
	@Test
	void aRegisterFolderOneLevelDownIsNoPlaceForDocumentsEither() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("new-document-nested");
		project.create(null);
		project.open(null);
		IFolder seeds = project.getFolder("seeds");
		seeds.create(true, true, null);
		seeds.getFolder("registers").create(true, true, null);
		for (String path : List.of("seeds/a.chancery", "seeds/b.chancery", "seeds/registers/persons.chancery",
				"seeds/registers/places.chancery", "seeds/registers/organisations.chancery")) {
			project.getFile(path).create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
		}

		assertEquals(seeds, DocumentFolders.forNewDocument(project, seeds.getFolder("registers")));
		assertEquals(seeds, DocumentFolders.of(project), "the folder holding most documents, registers not counted");
	}

	private static void tab(StyledText widget) {
		Event event = new Event();
		event.character = SWT.TAB;
		event.keyCode = SWT.TAB;
		event.doit = true;
		widget.notifyListeners(SWT.KeyDown, event);
		Workbench.processEvents();
	}
}

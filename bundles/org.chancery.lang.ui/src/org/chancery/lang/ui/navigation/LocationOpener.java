package org.chancery.lang.ui.navigation;

import java.util.Optional;

import org.chancery.lang.ui.builder.WorkspaceUris;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens the file of an ide-service location in its editor and selects the location's range. */
public final class LocationOpener {

	private LocationOpener() {
	}

	/** Opens the location; returns the editor, if the location names a workspace file. */
	public static Optional<IEditorPart> open(Location location) {
		Optional<IFile> file = WorkspaceUris.fileOf(location.getUri());
		if (file.isEmpty() || !file.get().exists()) {
			return Optional.empty();
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart editor = IDE.openEditor(page, file.get(), true);
			if (editor instanceof ITextEditor textEditor) {
				IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
				IRegion region = LspDocuments.regionOf(LspDocuments.of(document), location.getRange());
				textEditor.selectAndReveal(region.getOffset(), region.getLength());
			}
			return Optional.of(editor);
		} catch (PartInitException e) {
			return Optional.empty();
		}
	}
}

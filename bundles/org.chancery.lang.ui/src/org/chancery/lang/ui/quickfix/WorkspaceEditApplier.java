package org.chancery.lang.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chancery.lang.ui.builder.WorkspaceUris;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.chancery.lang.ui.ChanceryUi;

/**
 * Applies an lsp4j workspace edit to workspace files through the shared file buffers: a file open
 * in an editor changes there (and stays unsaved, as the user's text); any other file is saved.
 */
public final class WorkspaceEditApplier {

	private WorkspaceEditApplier() {
	}

	public static void apply(WorkspaceEdit edit, IProgressMonitor monitor) throws CoreException {
		Map<String, List<TextEdit>> editsByUri = new LinkedHashMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> editsByUri.computeIfAbsent(uri, u -> new ArrayList<>()).addAll(edits));
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(change -> change.isLeft()).map(change -> change.getLeft())
					.forEach((TextDocumentEdit change) -> editsByUri
							.computeIfAbsent(change.getTextDocument().getUri(), u -> new ArrayList<>()).addAll(change.getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList()));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Applying the fix", editsByUri.size());
		for (Map.Entry<String, List<TextEdit>> file : editsByUri.entrySet()) {
			IFile target = WorkspaceUris.fileOf(file.getKey())
					.orElseThrow(() -> new CoreException(Status.error("Not a workspace file: " + file.getKey())));
			applyTo(target, file.getValue(), progress.split(1));
		}
	}

	private static void applyTo(IFile file, List<TextEdit> edits, IProgressMonitor monitor) throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		boolean openElsewhere = buffers.getTextFileBuffer(path, LocationKind.IFILE) != null;
		buffers.connect(path, LocationKind.IFILE, monitor);
		try {
			ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
			IDocument document = buffer.getDocument();
			var ideDocument = LspDocuments.of(document);
			List<IRegion> regions = new ArrayList<>();
			for (TextEdit edit : edits) {
				regions.add(LspDocuments.regionOf(ideDocument, edit.getRange()));
			}
			// from the end backwards, so that earlier offsets stay valid
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < edits.size(); i++) {
				order.add(i);
			}
			order.sort(Comparator.comparingInt((Integer i) -> regions.get(i).getOffset()).reversed());
			for (int i : order) {
				document.replace(regions.get(i).getOffset(), regions.get(i).getLength(), edits.get(i).getNewText());
			}
			if (!openElsewhere) {
				buffer.commit(monitor, true);
			}
		} catch (BadLocationException e) {
			throw ChanceryUi.exception("The fix does not fit the file " + path, e);
		} finally {
			buffers.disconnect(path, LocationKind.IFILE, monitor);
		}
	}
}

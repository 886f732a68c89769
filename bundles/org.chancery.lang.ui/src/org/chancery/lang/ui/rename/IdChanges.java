package org.chancery.lang.ui.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chancery.lang.ui.ChanceryUi;
import org.chancery.lang.ui.builder.WorkspaceUris;
import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

/**
 * The edits of a rename as one LTK change: a {@link TextFileChange} per file, working on the
 * shared file buffer (so a file open in an editor changes there and keeps its saved or unsaved
 * state), previewed file by file and undone as one.
 */
final class IdChanges {

	private IdChanges() {
	}

	static CompositeChange of(String name, List<Location> locations, String newText, IProgressMonitor monitor) throws CoreException {
		Map<IFile, List<Location>> byFile = new LinkedHashMap<>();
		for (Location location : locations) {
			IFile file = WorkspaceUris.fileOf(location.getUri())
					.orElseThrow(() -> ChanceryUi.exception("Not a workspace file: " + location.getUri(), null));
			byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(location);
		}
		CompositeChange change = new CompositeChange(name);
		SubMonitor progress = SubMonitor.convert(monitor, byFile.size());
		for (Map.Entry<IFile, List<Location>> file : byFile.entrySet()) {
			change.add(fileChange(file.getKey(), file.getValue(), newText, progress.split(1)));
		}
		return change;
	}

	private static TextFileChange fileChange(IFile file, List<Location> locations, String newText, IProgressMonitor monitor)
			throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, monitor);
		try {
			// the ranges were computed on the text the buffer holds (an open editor's unsaved text)
			IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
			MultiTextEdit edits = new MultiTextEdit();
			for (Location location : locations) {
				IRegion region = LspDocuments.regionOf(LspDocuments.of(document), location.getRange());
				edits.addChild(new ReplaceEdit(region.getOffset(), region.getLength(), newText));
			}
			TextFileChange change = new TextFileChange(file.getName(), file);
			change.setEdit(edits);
			change.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
			change.setTextType("chancery");
			return change;
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, monitor);
		}
	}
}

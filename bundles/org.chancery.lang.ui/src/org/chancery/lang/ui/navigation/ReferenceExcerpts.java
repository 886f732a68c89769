package org.chancery.lang.ui.navigation;

import org.chancery.lang.ui.builder.WorkspaceUris;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;

/**
 * The words around a reference, as a row of the References view shows them: "… met
 * «kudashev» at the Ministry …", from the file's text as the workspace has it (an open editor's,
 * else the saved file).
 */
public final class ReferenceExcerpts {

	/** Characters kept on each side of the reference. */
	private static final int CONTEXT = 40;

	private ReferenceExcerpts() {
	}

	public static String around(Location location) {
		IFile file = WorkspaceUris.fileOf(location.getUri()).orElse(null);
		if (file == null || !file.exists()) {
			return "";
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		try {
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				return excerpt(buffer.getDocument(), location);
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			return "";
		}
	}

	static String excerpt(IDocument document, Location location) throws BadLocationException {
		int line = location.getRange().getStart().getLine();
		IRegion lineRegion = document.getLineInformation(line);
		int start = lineRegion.getOffset() + location.getRange().getStart().getCharacter();
		int end = location.getRange().getEnd().getLine() == line
				? lineRegion.getOffset() + location.getRange().getEnd().getCharacter()
				: lineRegion.getOffset() + lineRegion.getLength();
		int from = Math.max(lineRegion.getOffset(), start - CONTEXT);
		int to = Math.min(lineRegion.getOffset() + lineRegion.getLength(), end + CONTEXT);
		String before = document.get(from, start - from).stripLeading();
		String after = document.get(end, to - end).stripTrailing();
		return (from > lineRegion.getOffset() ? "…" : "") + before + "«" + document.get(start, end - start) + "»" + after
				+ (to < lineRegion.getOffset() + lineRegion.getLength() ? "…" : "");
	}
}

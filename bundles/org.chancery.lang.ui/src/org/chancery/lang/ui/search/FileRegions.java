package org.chancery.lang.ui.search;

import org.chancery.lang.ui.editor.LspDocuments;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Range;

/** The offsets of an lsp4j range in a workspace file as the workspace has it (an open editor's text, else the file). */
final class FileRegions {

	private FileRegions() {
	}

	static IRegion of(IFile file, Range range) throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			return LspDocuments.regionOf(LspDocuments.of(buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument()),
					range);
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}
}

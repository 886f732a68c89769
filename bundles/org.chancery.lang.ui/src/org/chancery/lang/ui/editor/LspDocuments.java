package org.chancery.lang.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;

/** Converts between the Platform's offsets and the line/character positions of the ide services. */
public final class LspDocuments {

	private LspDocuments() {
	}

	/** The ide services' view of a text. */
	public static Document of(String text) {
		return new Document(1, text);
	}

	public static Document of(IDocument document) {
		return of(document.get());
	}

	/** The region of a range in a text, clipped to the text. */
	public static IRegion regionOf(Document document, Range range) {
		int length = document.getContents().length();
		int start = Math.min(length, document.getOffSet(range.getStart()));
		int end = Math.max(start, Math.min(length, document.getOffSet(range.getEnd())));
		return new Region(start, end - start);
	}

	public static Position positionOf(Document document, int offset) {
		return document.getPosition(Math.min(offset, document.getContents().length()));
	}
}

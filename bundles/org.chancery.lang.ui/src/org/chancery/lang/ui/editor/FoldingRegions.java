package org.chancery.lang.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.BodyElement;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.Summary;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What folds: every document (quoted ones too), session or section, and block of prose (text,
 * turns, notes, summaries, headings, letter parts) that spans more than one line. A region runs from the
 * start of its first line to the end of its last line, so that folding hides whole lines.
 */
public final class FoldingRegions {

	private FoldingRegions() {
	}

	public static List<Position> of(XtextResource resource, String text) {
		List<Position> regions = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return regions;
		}
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof AbstractDocument || object instanceof Division || object instanceof BodyElement
					|| object instanceof Summary) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
				if (node != null) {
					Position lines = wholeLines(text, node.getOffset(), node.getEndOffset());
					if (lines != null) {
						regions.add(lines);
					}
				}
			}
		}
		return regions;
	}

	/** The lines from the one holding start to the one holding end, or null for a single line. */
	private static Position wholeLines(String text, int start, int end) {
		if (text.substring(start, Math.min(end, text.length())).indexOf('\n') < 0) {
			return null; // on one line: nothing to fold
		}
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lastNewline = text.indexOf('\n', Math.max(start, end - 1));
		int lineEnd = lastNewline < 0 ? text.length() : lastNewline + 1;
		return new Position(lineStart, lineEnd - lineStart);
	}
}

package org.chancery.lang.ui.search;

import org.eclipse.core.resources.IFile;

/**
 * One row of a Chancery search in the Search view: a document found, or a reference, with its
 * file, line and the words it is shown with.
 */
public record SearchHit(IFile file, int line, String label) {

	@Override
	public String toString() {
		return file.getFullPath().makeRelative() + ":" + line + "  " + label;
	}
}

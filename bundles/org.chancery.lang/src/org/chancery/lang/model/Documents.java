package org.chancery.lang.model;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Document;
import org.eclipse.emf.ecore.EObject;

/** Where an object stands among the documents that contain it. */
public final class Documents {

	private Documents() {
	}

	/** The innermost document (or quoted document) holding the object, or the object itself; null if none. */
	public static AbstractDocument enclosing(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof AbstractDocument document) {
				return document;
			}
		}
		return null;
	}

	/**
	 * The outermost document holding the object (an article quoting telegrams, say), whose notes
	 * the quoted and nested documents share; null if none.
	 */
	public static Document outermost(EObject object) {
		Document outermost = null;
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Document document) {
				outermost = document;
			}
		}
		return outermost;
	}
}

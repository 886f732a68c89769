package org.chancery.lang.export;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Entry;

/**
 * How exported files point at each other: a document is the file {@code <id>.xml}, a register
 * entry is {@code registers.xml#<xml:id>}.
 */
public final class TeiReferences {

	public static final String REGISTERS_FILE = "registers.xml";

	private TeiReferences() {
	}

	public static String fileOf(AbstractDocument document) {
		return fileOf(document.getName());
	}

	public static String fileOf(String documentId) {
		return documentId + ".xml";
	}

	public static String refOf(Entry entry) {
		return REGISTERS_FILE + "#" + xmlId(entry.getName());
	}

	/**
	 * The id as an {@code xml:id}, which must be an XML name: ids that start with a digit (allowed in
	 * Chancery, "1917-…") get a leading underscore.
	 */
	public static String xmlId(String id) {
		return Character.isDigit(id.charAt(0)) ? "_" + id : id;
	}
}

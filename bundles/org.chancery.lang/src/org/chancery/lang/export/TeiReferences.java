package org.chancery.lang.export;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Hand;

/**
 * How exported files point at each other: a document is the file {@code <id>.xml}, a register
 * entry is {@code registers.xml#<xml:id>}; a hand is the {@code handNote} {@code hand-<id>} in the
 * header of each file that names it.
 */
public final class TeiReferences {

	public static final String REGISTERS_FILE = "registers.xml";

	private TeiReferences() {
	}

	public static String fileOf(AbstractDocument document) {
		return fileOf(document.getName());
	}

	/** The file of the document with that id: the id, or a portable name for it ({@link PortableFileNames}). */
	public static String fileOf(String documentId) {
		return PortableFileNames.of(documentId) + ".xml";
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

	/** The {@code xml:id} of a hand's {@code handNote}, prefixed so that it meets no note's id. */
	public static String handId(Hand hand) {
		return "hand-" + hand.getName();
	}

	/** A pointer to the hand's {@code handNote} in the same file; null for a hand not in the corpus. */
	public static String handRef(Hand hand) {
		return hand == null || hand.eIsProxy() ? null : "#" + handId(hand);
	}
}

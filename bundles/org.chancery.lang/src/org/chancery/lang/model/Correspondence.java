package org.chancery.lang.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.DocumentKind;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.Senders;

/**
 * What makes a document correspondence, and what its date means. Letters and telegrams are
 * correspondence, and so is a quoted document of unstated kind that has a sender and a recipient;
 * minutes, decisions, reports, memoranda, articles and records of conversations and meetings are not,
 * even with an issuing body in {@code from}.
 * <p>
 * {@code date} is the date a document bears, when it was written (TEI {@code creation/date}). For
 * correspondence that states no {@code sent}, it is also the date of sending as far as the source
 * tells, so TEI's {@code correspAction type="sent"} and CMIF's carry it; {@code sent}, where stated,
 * is the sending date in both. For other documents {@code date} is only the date of the document.
 */
public final class Correspondence {

	private static final Set<DocumentKind> KINDS = EnumSet.of(DocumentKind.LETTER, DocumentKind.TELEGRAM);

	private Correspondence() {
	}

	public static boolean is(AbstractDocument document) {
		if (KINDS.contains(document.getKind())) {
			return true;
		}
		return document.getKind() == DocumentKind.DOCUMENT && DocumentMetadata.has(document, Senders.class)
				&& DocumentMetadata.has(document, Recipients.class);
	}

	/** The date of sending: {@code sent}, else for correspondence its {@code date}. */
	public static Optional<DateField> sent(AbstractDocument document) {
		Optional<DateField> sent = DocumentMetadata.date(document, DateRole.SENT);
		return sent.isPresent() || !is(document) ? sent : DocumentMetadata.date(document, DateRole.WRITTEN);
	}
}

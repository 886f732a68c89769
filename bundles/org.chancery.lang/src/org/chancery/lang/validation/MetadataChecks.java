package org.chancery.lang.validation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.BracketConvention;
import org.chancery.lang.chancery.CalendarDeclaration;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Ciphered;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.DocumentKind;
import org.chancery.lang.chancery.DocumentNumber;
import org.chancery.lang.chancery.LanguageDeclaration;
import org.chancery.lang.chancery.Participants;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.chancery.Source;
import org.chancery.lang.chancery.Summary;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.chancery.Undated;
import org.chancery.lang.chancery.Url;
import org.chancery.lang.model.DocumentMetadata;
import org.eclipse.xtext.validation.Check;

/**
 * What each kind of document must state. Documents quoted inside others are exempt: a quotation
 * often tells no more than who wrote it.
 */
public class MetadataChecks extends ChanceryCheckGroup {

	private static final Set<DocumentKind> CORRESPONDENCE = EnumSet.of(DocumentKind.TELEGRAM, DocumentKind.LETTER);
	private static final Set<DocumentKind> AUTHORED = EnumSet.of(DocumentKind.TELEGRAM, DocumentKind.LETTER,
			DocumentKind.REPORT, DocumentKind.MEMORANDUM);
	private static final Set<DocumentKind> RECORDS = EnumSet.of(DocumentKind.CONVERSATION, DocumentKind.MEETING);

	/** Items a document states at most once (dates are counted per role). */
	private static final Set<Class<? extends DocumentItem>> SINGLE = Set.of(Title.class, DocumentNumber.class,
			Ciphered.class, Senders.class, Recipients.class, Participants.class, Undated.class,
			CalendarDeclaration.class, LanguageDeclaration.class, Source.class, Summary.class, Url.class, BracketConvention.class);

	@Check
	public void checkSender(Document document) {
		if (AUTHORED.contains(document.getKind()) && !DocumentMetadata.has(document, Senders.class)) {
			error("A " + document.getKind() + " needs a sender: add `from …`.", ChanceryPackage.Literals.REFERABLE__NAME,
					ChanceryIssueCodes.MISSING_SENDER, document.getKind().getLiteral());
		}
	}

	@Check
	public void checkRecipient(Document document) {
		if (CORRESPONDENCE.contains(document.getKind()) && !DocumentMetadata.has(document, Recipients.class)) {
			error("A " + document.getKind() + " needs a recipient: add `to …`.", ChanceryPackage.Literals.REFERABLE__NAME,
					ChanceryIssueCodes.MISSING_RECIPIENT, document.getKind().getLiteral());
		}
	}

	@Check
	public void checkParticipants(Document document) {
		if (RECORDS.contains(document.getKind()) && !DocumentMetadata.has(document, Participants.class)) {
			error("A record of a " + document.getKind() + " needs its participants: add `participants …`.",
					ChanceryPackage.Literals.REFERABLE__NAME, ChanceryIssueCodes.MISSING_PARTICIPANTS);
		}
	}

	@Check
	public void checkDateOrUndated(Document document) {
		if (!DocumentMetadata.has(document, DateField.class) && !DocumentMetadata.has(document, Undated.class)) {
			error("Give the document's date, or say `undated` if it bears none.", ChanceryPackage.Literals.REFERABLE__NAME,
					ChanceryIssueCodes.MISSING_DATE, document.getKind().getLiteral());
		}
	}

	@Check
	public void checkTitle(Document document) {
		if (!DocumentMetadata.has(document, Title.class)) {
			warning("The document has no title; archives list documents by title.",
					ChanceryPackage.Literals.REFERABLE__NAME, ChanceryIssueCodes.MISSING_TITLE);
		}
	}

	@Check
	public void checkUndatedHasNoDate(Undated undated) {
		AbstractDocument document = (AbstractDocument) undated.eContainer();
		if (DocumentMetadata.has(document, DateField.class)) {
			error("The document is said to be undated but has a date.", null, ChanceryIssueCodes.UNDATED_WITH_DATE);
		}
	}

	@Check
	public void checkStatedOnce(AbstractDocument document) {
		Set<Object> seen = new HashSet<>();
		for (DocumentItem item : document.getItems()) {
			Object key = item instanceof DateField field ? field.getRole()
					: SINGLE.stream().filter(type -> type.isInstance(item)).findFirst().orElse(null);
			if (key != null && !seen.add(key)) {
				error("This is stated twice in the document; keep one.", item, null, ChanceryIssueCodes.DUPLICATE_PROPERTY);
			}
		}
	}
}

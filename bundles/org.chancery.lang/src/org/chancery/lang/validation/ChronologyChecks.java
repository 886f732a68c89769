package org.chancery.lang.validation;

import java.time.Instant;
import java.util.Optional;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chancery.Office;
import org.chancery.lang.chancery.Party;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.RepliesTo;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.chronology.DateInterval;
import org.chancery.lang.chronology.StatedDates;
import org.chancery.lang.dates.InvalidDateException;
import org.chancery.lang.model.DocumentMetadata;
import org.chancery.lang.model.Documents;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * Dates that contradict each other: received before sent, a record written before its event, a
 * reply before what it answers, an office held outside the years the register gives for it. Only
 * certain contradictions are reported: two dates of uncertain extent that may overlap pass.
 */
public class ChronologyChecks extends ChanceryCheckGroup {

	/**
	 * Received before sent: with times in known zones the moments are compared. Otherwise the
	 * dates are local to their places, and when the document was sent from one place to another a
	 * receipt dated one day before its sending may be right (westwards across midnight or the date
	 * line): only an earlier receipt is certainly wrong.
	 */
	@Check
	public void checkReceivedAfterSent(AbstractDocument document) {
		Optional<DateField> sent = DocumentMetadata.date(document, DateRole.SENT);
		Optional<DateField> received = DocumentMetadata.date(document, DateRole.RECEIVED);
		if (sent.isEmpty() || received.isEmpty() || sent.get().getDate() == null || received.get().getDate() == null) {
			return;
		}
		Optional<Instant> sentAt = instant(sent.get().getDate());
		Optional<Instant> receivedAt = instant(received.get().getDate());
		boolean wrong;
		if (sentAt.isPresent() && receivedAt.isPresent()) {
			wrong = receivedAt.get().isBefore(sentAt.get());
		} else {
			Optional<DateInterval> sentDays = interval(sent.get().getDate());
			Optional<DateInterval> receivedDays = interval(received.get().getDate());
			int slack = betweenPlaces(document) ? 1 : 0;
			wrong = sentDays.isPresent() && receivedDays.isPresent()
					&& receivedDays.get().latest().plusDays(slack).isBefore(sentDays.get().earliest());
		}
		if (wrong) {
			error("Received on " + written(received.get().getDate()) + ", before it was sent on " + written(sent.get().getDate()) + ".",
					received.get(), ChanceryPackage.Literals.DATE_FIELD__DATE, ChanceryIssueCodes.RECEIVED_BEFORE_SENT);
		}
	}

	/** Whether the document states the places of sending and of receipt, and they differ. */
	private static boolean betweenPlaces(AbstractDocument document) {
		Optional<Place> from = DocumentMetadata.first(document, Senders.class).map(Senders::getPlace);
		Optional<Place> to = DocumentMetadata.first(document, Recipients.class).map(Recipients::getPlace);
		return from.isPresent() && to.isPresent() && from.get() != to.get();
	}

	/** The date as the document states it. */
	private static String written(DateSpec spec) {
		INode node = NodeModelUtils.findActualNodeFor(spec);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	private static Optional<Instant> instant(DateSpec spec) {
		try {
			return StatedDates.instant(spec);
		} catch (InvalidDateException e) {
			return Optional.empty();
		}
	}

	@Check
	public void checkRecordAfterEvent(AbstractDocument document) {
		Optional<DateInterval> event = interval(document, DateRole.EVENT);
		Optional<DateInterval> written = interval(document, DateRole.WRITTEN);
		if (event.isPresent() && written.isPresent() && written.get().certainlyBefore(event.get())) {
			error("The record is dated before the event it records.", DocumentMetadata.date(document, DateRole.WRITTEN).get(),
					ChanceryPackage.Literals.DATE_FIELD__DATE, ChanceryIssueCodes.RECORD_BEFORE_EVENT);
		}
	}

	@Check
	public void checkReplyAfterOriginal(RepliesTo repliesTo) {
		Optional<DateInterval> reply = span((AbstractDocument) repliesTo.eContainer());
		if (reply.isEmpty()) {
			return;
		}
		for (int i = 0; i < repliesTo.getDocuments().size(); i++) {
			AbstractDocument original = repliesTo.getDocuments().get(i);
			if (original.eIsProxy()) {
				continue;
			}
			Optional<DateInterval> answered = span(original);
			if (answered.isPresent() && reply.get().certainlyBefore(answered.get())) {
				error("This reply is dated before ‘" + original.getName() + "’, which it answers.", repliesTo,
						ChanceryPackage.Literals.REPLIES_TO__DOCUMENTS, i, ChanceryIssueCodes.REPLY_BEFORE_ORIGINAL);
			}
		}
	}

	@Check
	public void checkOfficeHeldInItsSpan(Party party) {
		if (party.getOffice() == null || !(party.getAgent() instanceof Person person) || person.eIsProxy()) {
			return;
		}
		AbstractDocument document = Documents.enclosing(party);
		Optional<DateInterval> when = document == null ? Optional.empty() : span(document);
		if (when.isEmpty()) {
			return;
		}
		for (Office office : person.getProperties().stream().filter(Office.class::isInstance).map(Office.class::cast).toList()) {
			if (!office.getTitle().equalsIgnoreCase(party.getOffice().strip())) {
				continue;
			}
			Optional<DateInterval> held = held(office);
			if (held.isPresent() && (when.get().certainlyBefore(held.get()) || held.get().certainlyBefore(when.get()))) {
				warning("The register has " + person.getName() + " as " + office.getTitle()
						+ " only at other dates than this document's.", ChanceryPackage.Literals.PARTY__OFFICE,
						ChanceryIssueCodes.OFFICE_OUTSIDE_SPAN);
			}
		}
	}

	/** The years of an office: from its start to its end, open where the register says nothing. */
	private static Optional<DateInterval> held(Office office) {
		if (office.getStart() == null && office.getEnd() == null) {
			return Optional.empty();
		}
		Optional<DateInterval> start = office.getStart() == null ? Optional.empty() : interval(office.getStart());
		Optional<DateInterval> end = office.getEnd() == null ? Optional.empty() : interval(office.getEnd());
		return Optional.of(new DateInterval(start.map(DateInterval::earliest).orElse(java.time.LocalDate.MIN),
				end.map(DateInterval::latest).orElse(java.time.LocalDate.MAX)));
	}

	/** All the days a document's dates of writing, sending and receipt may fall on. */
	private static Optional<DateInterval> span(AbstractDocument document) {
		Optional<DateInterval> span = Optional.empty();
		for (DateRole role : new DateRole[] { DateRole.WRITTEN, DateRole.SENT, DateRole.RECEIVED }) {
			Optional<DateInterval> interval = interval(document, role);
			if (interval.isPresent()) {
				span = Optional.of(span.map(s -> s.span(interval.get())).orElse(interval.get()));
			}
		}
		return span;
	}

	private static Optional<DateInterval> interval(AbstractDocument document, DateRole role) {
		return DocumentMetadata.date(document, role).map(DateField::getDate).flatMap(ChronologyChecks::interval);
	}

	/** Invalid dates are reported by DateChecks; here they count as unknown. */
	private static Optional<DateInterval> interval(DateSpec spec) {
		try {
			return Optional.of(StatedDates.interval(spec));
		} catch (InvalidDateException e) {
			return Optional.empty();
		}
	}
}

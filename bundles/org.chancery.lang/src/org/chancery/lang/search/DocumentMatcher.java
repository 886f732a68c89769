package org.chancery.lang.search;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Party;
import org.chancery.lang.chancery.Participants;
import org.chancery.lang.chancery.Recipients;
import org.chancery.lang.chancery.Senders;
import org.chancery.lang.chronology.DateInterval;
import org.chancery.lang.chronology.StatedDates;
import org.chancery.lang.dates.InvalidDateException;
import org.chancery.lang.model.DocumentMetadata;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether a document meets {@link DocumentCriteria}. References are read as written (the id in
 * the text), so that a search needs no linking; a document's date is its {@code date}, else its
 * {@code sent}, else its {@code received}, and it matches a range it overlaps.
 */
public final class DocumentMatcher {

	private DocumentMatcher() {
	}

	public static boolean matches(Document document, DocumentCriteria criteria) {
		return (!DocumentCriteria.isSet(criteria.sender()) || partyIds(document, Senders.class).contains(id(criteria.sender())))
				&& (!DocumentCriteria.isSet(criteria.recipient())
						|| partyIds(document, Recipients.class).contains(id(criteria.recipient())))
				&& inRange(document, criteria.from(), criteria.to())
				&& (!DocumentCriteria.isSet(criteria.place()) || places(document).contains(id(criteria.place())))
				&& (!DocumentCriteria.isSet(criteria.person()) || mentioned(document).contains(id(criteria.person())))
				&& (!DocumentCriteria.isSet(criteria.kind()) || document.getKind().getLiteral().equalsIgnoreCase(criteria.kind().strip()))
				&& (!DocumentCriteria.isSet(criteria.words()) || hasWords(document, criteria.words()));
	}

	private static String id(String criterion) {
		return criterion.strip().toLowerCase(Locale.ROOT);
	}

	private static Set<String> partyIds(Document document, Class<? extends EObject> type) {
		Set<String> ids = new HashSet<>();
		for (EObject item : document.getItems()) {
			if (type.isInstance(item)) {
				for (EObject party : item.eContents()) {
					if (party instanceof Party) {
						ids.addAll(written(party, ChanceryPackage.Literals.PARTY__AGENT));
					}
				}
			}
		}
		return ids;
	}

	/** Places named with {@code at} in from, to or participants, and mentioned in the text. */
	private static Set<String> places(Document document) {
		Set<String> ids = new HashSet<>(mentioned(document));
		for (EObject item : document.getItems()) {
			if (item instanceof Senders || item instanceof Recipients || item instanceof Participants) {
				EReference at = (EReference) item.eClass().getEStructuralFeature("place");
				ids.addAll(written(item, at));
			}
		}
		return ids;
	}

	private static Set<String> mentioned(Document document) {
		Set<String> ids = new HashSet<>();
		document.eAllContents().forEachRemaining(object -> {
			if (object instanceof Mention mention) {
				ids.addAll(written(mention, ChanceryPackage.Literals.MENTION__TARGETS));
			}
		});
		return ids;
	}

	private static List<String> written(EObject owner, EReference reference) {
		return NodeModelUtils.findNodesForFeature(owner, reference).stream().map(INode::getText).map(String::strip)
				.map(text -> text.toLowerCase(Locale.ROOT)).toList();
	}

	private static boolean inRange(Document document, LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return true;
		}
		Optional<DateInterval> date = dateOf(document);
		if (date.isEmpty()) {
			return false;
		}
		return (from == null || !date.get().latest().isBefore(from)) && (to == null || !date.get().earliest().isAfter(to));
	}

	private static Optional<DateInterval> dateOf(Document document) {
		for (DateRole role : new DateRole[] { DateRole.WRITTEN, DateRole.SENT, DateRole.RECEIVED }) {
			Optional<DateField> field = DocumentMetadata.date(document, role);
			if (field.isPresent() && field.get().getDate() != null) {
				try {
					return Optional.of(StatedDates.interval(field.get().getDate()));
				} catch (InvalidDateException e) {
					return Optional.empty(); // reported by validation where the date is written
				}
			}
		}
		return Optional.empty();
	}

	private static boolean hasWords(Document document, String words) {
		Set<String> present = new HashSet<>();
		document.eAllContents().forEachRemaining(object -> {
			if (object instanceof Paragraph paragraph) {
				wordsOf(ReadingText.of(paragraph)).forEach(present::add);
			}
		});
		return wordsOf(words).allMatch(present::contains);
	}

	private static Stream<String> wordsOf(String text) {
		return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty());
	}
}

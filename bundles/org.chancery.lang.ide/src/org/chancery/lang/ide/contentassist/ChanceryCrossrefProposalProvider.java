package org.chancery.lang.ide.contentassist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chronology.DateInterval;
import org.chancery.lang.chronology.StatedDates;
import org.chancery.lang.dates.InvalidDateException;
import org.chancery.lang.model.DocumentMetadata;
import org.chancery.lang.services.ChanceryGrammarAccess;
import org.chancery.lang.ide.labels.ChanceryLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Predicate;

import com.google.inject.Inject;

/**
 * Proposes the ids a reference can take: every register entry and document of the corpus of
 * the kind the reference allows (a sender is a person or organisation, {@code at} a place, …).
 *
 * <p>A candidate matches when the typed prefix starts its id or any of its names — preferred
 * name, variants, aliases, a document's title — by {@link IPrefixMatcher} (so "Urumqi" proposes
 * {@code urumchi}, whose preferred name is "Urumchi"). The label shows the id and what it stands
 * for: "urumchi — Urumchi (Urumqi, Dihua)", "1917-06-14-ministry-telegram — Telegram from …
 * (date 1917-06-14)", "clerk — the clerk's hand, black ink"; the description is the kind. The label is also what LSP clients filter on,
 * so a client keeps a proposal that matched by a variant.
 *
 * <p>After {@code <}, a mention's id comes with its {@code |} and, when missing, the closing
 * {@code >}, the caret left where the words go ({@code id|$0>}). After {@code replies-to}, every
 * other document of the corpus is proposed, earliest first (undated ones last).
 */
public class ChanceryCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private ChanceryLabels labels;

	@Inject
	private IPrefixMatcher prefixMatcher;

	@Inject
	private ChanceryGrammarAccess grammar;

	@Inject
	private IdeContentProposalPriorities priorities;

	private record Dated(ContentAssistEntry entry, LocalDate date) {
	}

	@Override
	public void lookupCrossReference(IScope scope, CrossReference crossReference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, Predicate<IEObjectDescription> filter) {
		if (GrammarUtil.containingRule(crossReference) != grammar.getRepliesToRule()) {
			super.lookupCrossReference(scope, crossReference, context, acceptor, filter);
			return;
		}
		AbstractDocument self = EcoreUtil2.getContainerOfType(context.getCurrentModel(), AbstractDocument.class);
		List<Dated> documents = new ArrayList<>();
		for (IEObjectDescription candidate : queryScope(scope, crossReference, context)) {
			if (!filter.apply(candidate)) {
				continue;
			}
			EObject target = resolve(candidate, context);
			if (target == self) {
				continue; // a document does not reply to itself
			}
			ContentAssistEntry entry = createProposal(candidate, crossReference, context);
			if (entry != null) {
				documents.add(new Dated(entry, target instanceof AbstractDocument document ? earliestDate(document) : null));
			}
		}
		if (documents.isEmpty()) {
			return;
		}
		documents.sort(Comparator.comparing(Dated::date, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(dated -> dated.entry().getLabel()));
		int priority = priorities.getDefaultPriority(documents.get(0).entry()) + documents.size();
		for (Dated dated : documents) {
			acceptor.accept(dated.entry(), priority--);
		}
	}

	/** The earliest day a document is dated (written, sent or received), or null when undated. */
	private static LocalDate earliestDate(AbstractDocument document) {
		LocalDate earliest = null;
		for (DateField field : DocumentMetadata.all(document, DateField.class)) {
			if (field.getDate() == null || field.getRole() == DateRole.EVENT) {
				continue;
			}
			try {
				LocalDate date = sortingDay(StatedDates.interval(field.getDate()));
				if (date != null && (earliest == null || date.isBefore(earliest))) {
					earliest = date;
				}
			} catch (InvalidDateException | RuntimeException e) {
				// an invalid date is reported where it is written; the document sorts as undated
			}
		}
		return earliest;
	}

	/** A date's first possible day; for "before X", whose start is open, its last one (X), so
	 * that it sorts beside X rather than before every other document. */
	private static LocalDate sortingDay(DateInterval interval) {
		return interval.earliest().equals(LocalDate.MIN) ? interval.latest() : interval.earliest();
	}

	/**
	 * The candidates, copied before any is resolved. Resolving a candidate loads its file; a scope
	 * whose index entries give way to loaded files (an editor's live scope) would then drop the
	 * rest of that file's candidates from an iteration under way: only the first id of each file
	 * would be proposed.
	 */
	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		List<IEObjectDescription> candidates = new ArrayList<>();
		super.queryScope(scope, crossReference, context).forEach(candidates::add);
		return candidates;
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		String id = getQualifiedNameConverter().toString(candidate.getName());
		EObject target = resolve(candidate, context);
		List<String> names = namesOf(target);
		if (!matches(context.getPrefix(), id, names)) {
			return null;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(context.getPrefix());
		entry.setProposal(GrammarUtil.containingRule(crossRef) == grammar.getMentionRule() ? id + mentionTail(context) : id);
		entry.setLabel(label(id, target));
		entry.setDescription(description(target));
		entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		entry.setSource(candidate);
		return entry;
	}

	/**
	 * What a mention's id needs after it: nothing if its {@code |} follows, a {@code |} before an
	 * existing {@code >}, else {@code |} and {@code >}, with the caret between.
	 */
	private static String mentionTail(ContentAssistContext context) {
		String text = context.getRootNode().getText();
		int next = context.getOffset();
		while (next < text.length() && (Character.isLetterOrDigit(text.charAt(next)) || text.charAt(next) == '-')) {
			next++;
		}
		char following = next < text.length() ? text.charAt(next) : 0;
		if (following == '|') {
			return "";
		}
		return following == '>' ? "|" + ChanceryContentAssistService.CARET : "|" + ChanceryContentAssistService.CARET + ">";
	}

	private boolean matches(String prefix, String id, List<String> names) {
		return prefixMatcher.isCandidateMatchingPrefix(id, prefix)
				|| names.stream().anyMatch(name -> prefixMatcher.isCandidateMatchingPrefix(name, prefix));
	}

	/** The entry or document itself: register files are few and loaded once per resource set. */
	private static EObject resolve(IEObjectDescription candidate, ContentAssistContext context) {
		EObject target = candidate.getEObjectOrProxy();
		return target.eIsProxy() ? EcoreUtil.resolve(target, context.getResource()) : target;
	}

	private List<String> namesOf(EObject target) {
		List<String> names = new ArrayList<>();
		if (target instanceof Entry entry && !entry.eIsProxy()) {
			names.add(labels.preferredName(entry));
			names.addAll(labels.otherNames(entry));
		} else if (target instanceof AbstractDocument document && !document.eIsProxy()) {
			names.add(labels.title(document));
		} else if (target instanceof Hand hand && !hand.eIsProxy() && hand.getDescription() != null) {
			names.add(hand.getDescription());
		}
		return names;
	}

	private String label(String id, EObject target) {
		if (target instanceof Entry entry && !entry.eIsProxy()) {
			List<String> others = labels.otherNames(entry);
			return id + " — " + labels.preferredName(entry) + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")");
		}
		if (target instanceof AbstractDocument document && !document.eIsProxy()) {
			return id + " — " + labels.title(document) + " (" + labels.dates(document) + ")";
		}
		if (target instanceof Hand hand && !hand.eIsProxy() && hand.getDescription() != null) {
			return id + " — " + hand.getDescription();
		}
		return id;
	}

	private String description(EObject target) {
		if (target instanceof Entry entry && !entry.eIsProxy()) {
			return labels.kind(entry);
		}
		if (target instanceof AbstractDocument document && !document.eIsProxy()) {
			return labels.kind(document);
		}
		if (target instanceof Hand hand && !hand.eIsProxy()) {
			return "hand";
		}
		return null;
	}
}

package org.chancery.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.ide.labels.ChanceryLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

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
 */
public class ChanceryCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private ChanceryLabels labels;

	@Inject
	private IPrefixMatcher prefixMatcher;

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
		entry.setProposal(id);
		entry.setLabel(label(id, target));
		entry.setDescription(description(target));
		entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		entry.setSource(candidate);
		return entry;
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

package org.chancery.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.naming.CloseIds;
import org.chancery.lang.text.ReadingText;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * Unresolved references in a historian's words, with Chancery's issue codes and the data a quick
 * fix needs (see {@link ChanceryIssueCodes#UNRESOLVED_REFERENCE}).
 */
public class ChanceryLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String id = context.getLinkText();
		EReference reference = context.getReference();
		if (reference == ChanceryPackage.Literals.NOTE_REFERENCE__NOTE) {
			return new DiagnosticMessage("This document has no note ‘" + id + "’: add `note " + id
					+ " { … }` or correct the marker.", Severity.ERROR, ChanceryIssueCodes.UNRESOLVED_NOTE, id);
		}
		if (reference.getEReferenceType() == ChanceryPackage.Literals.HAND) {
			return new DiagnosticMessage("No hand ‘" + id + "’ is declared: add `hand " + id
					+ " \"…\"` to the document's metadata, or at the top of a register file for the whole corpus.",
					Severity.ERROR, ChanceryIssueCodes.UNDECLARED_HAND, id);
		}
		List<String> kinds = ReferenceKinds.of(reference.getEReferenceType());
		List<String> close = knownIds(context.getContext(), reference).closeTo(id);
		List<String> data = new ArrayList<>();
		data.add(id);
		// the mention's words name the new entry only when the mention has one referent
		data.add(context.getContext() instanceof Mention mention && mention.getTargets().size() == 1
				? ReadingText.of(mention.getContent()).strip() : "");
		data.addAll(kinds);
		close.forEach(candidate -> data.add("~" + candidate));
		String message = "No " + ReferenceKinds.describe(reference.getEReferenceType()) + " has the id ‘" + id + "’"
				+ (close.isEmpty() ? "." : "; did you mean ‘" + close.get(0) + "’?");
		return new DiagnosticMessage(message, Severity.ERROR, ChanceryIssueCodes.UNRESOLVED_REFERENCE,
				data.toArray(String[]::new));
	}

	/**
	 * The ids a reference could name. Cached per file state: Xtext asks for this message also when
	 * a reference resolves (to remove a stale diagnostic), so it must be cheap.
	 */
	private CloseIds knownIds(EObject context, EReference reference) {
		return cache.get(List.of(ChanceryLinkingDiagnostics.class, reference), context.eResource(), () -> {
			List<String> known = new ArrayList<>();
			for (IEObjectDescription candidate : scopeProvider.getScope(context, reference).getAllElements()) {
				known.add(candidate.getName().toString());
			}
			return CloseIds.among(known);
		});
	}

	/** Which kinds of entry a reference may point at. */
	static final class ReferenceKinds {

		private ReferenceKinds() {
		}

		static List<String> of(EClass type) {
			ChanceryPackage p = ChanceryPackage.eINSTANCE;
			List<String> kinds = new ArrayList<>();
			if (type.isSuperTypeOf(p.getPerson())) {
				kinds.add("person");
			}
			if (type.isSuperTypeOf(p.getPlace())) {
				kinds.add("place");
			}
			if (type.isSuperTypeOf(p.getOrganisation())) {
				kinds.add("organisation");
			}
			if (type.isSuperTypeOf(p.getPublication())) {
				kinds.add("publication");
			}
			if (type.isSuperTypeOf(p.getDocument())) {
				kinds.add("document");
			}
			return kinds;
		}

		static String describe(EClass type) {
			List<String> kinds = of(type);
			if (kinds.size() == 1) {
				return kinds.get(0);
			}
			if (kinds.contains("document")) {
				return "register entry or document";
			}
			return String.join(" or ", kinds);
		}
	}
}

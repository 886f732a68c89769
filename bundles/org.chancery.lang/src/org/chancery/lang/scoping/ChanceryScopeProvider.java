package org.chancery.lang.scoping;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.model.Documents;
import org.chancery.lang.model.Hands;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Footnote references `[^1]` see the notes of their own document; a hand's id sees the hands the
 * enclosing documents declare, then the corpus-wide ones; every other reference sees the whole
 * corpus through the index (see ChanceryQualifiedNameProvider).
 */
public class ChanceryScopeProvider extends AbstractChanceryScopeProvider {

	private static final String NOTE_SCOPE = "chancery.note-scope";

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == ChanceryPackage.Literals.NOTE_REFERENCE__NOTE) {
			Document outermost = Documents.outermost(context);
			if (outermost == null || context.eResource() == null) {
				return IScope.NULLSCOPE;
			}
			// one scope per document and file state: built per marker, it made footnotes quadratic
			return cache.get(Tuples.pair(NOTE_SCOPE, outermost), context.eResource(), () -> notesOf(outermost));
		}
		if (reference.getEReferenceType() == ChanceryPackage.Literals.HAND) {
			return Scopes.scopeFor(Hands.declaredAround(context), hand -> QualifiedName.create(hand.getName()),
					super.getScope(context, reference));
		}
		return super.getScope(context, reference);
	}

	/**
	 * The notes of an outermost document (quoted documents share them) by name, looked up in a
	 * map; of two notes with one name the first counts.
	 */
	private static IScope notesOf(Document outermost) {
		Map<QualifiedName, IEObjectDescription> byName = new LinkedHashMap<>();
		for (Note note : EcoreUtil2.getAllContentsOfType(outermost, Note.class)) {
			if (note.getName() != null) {
				QualifiedName name = QualifiedName.create(note.getName());
				byName.putIfAbsent(name, EObjectDescription.create(name, note));
			}
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, byName.values());
	}
}

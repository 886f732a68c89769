package org.chancery.lang.scoping;

import java.util.ArrayList;
import java.util.List;

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

/**
 * Footnote references `[^1]` see the notes of their own document; a hand's id sees the hands the
 * enclosing documents declare, then the corpus-wide ones; every other reference sees the whole
 * corpus through the index (see ChanceryQualifiedNameProvider).
 */
public class ChanceryScopeProvider extends AbstractChanceryScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == ChanceryPackage.Literals.NOTE_REFERENCE__NOTE) {
			return Scopes.scopeFor(notesOfDocument(context), note -> QualifiedName.create(note.getName()),
					IScope.NULLSCOPE);
		}
		if (reference.getEReferenceType() == ChanceryPackage.Literals.HAND) {
			return Scopes.scopeFor(Hands.declaredAround(context), hand -> QualifiedName.create(hand.getName()),
					super.getScope(context, reference));
		}
		return super.getScope(context, reference);
	}

	/** The notes of the outermost document around the context: quoted documents share them. */
	private static List<Note> notesOfDocument(EObject context) {
		Document outermost = Documents.outermost(context);
		return outermost == null ? List.of() : new ArrayList<>(EcoreUtil2.getAllContentsOfType(outermost, Note.class));
	}
}

package org.chancery.lang.validation;

import java.util.List;

import org.chancery.lang.syntax.SyntaxErrors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The rules a historian's corpus is checked against, in groups of one concern each; one
 * {@code @Check} method per rule, codes in {@link ChanceryIssueCodes}. Unresolved references are
 * reported by the linker ({@link ChanceryLinkingDiagnostics}). An element the parser could not
 * read fully is not checked (its syntax error says what is wrong); the parts it did read are.
 */
@ComposedChecks(validators = { IdChecks.class, MetadataChecks.class, RegisterChecks.class, TextChecks.class,
		UsageChecks.class, DateChecks.class, ChronologyChecks.class, HandChecks.class, LetterShapeChecks.class,
		TranscriptionChecks.class, TagWordIdChecks.class, CharacterChecks.class, EditionChecks.class })
public class ChanceryValidator extends AbstractChanceryValidator {

	@Override
	protected List<MethodWrapper> getMethodsForType(EObject object) {
		return SyntaxErrors.within(object) ? List.of() : super.getMethodsForType(object);
	}
}

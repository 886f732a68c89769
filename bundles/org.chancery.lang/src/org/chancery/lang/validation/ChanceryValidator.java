package org.chancery.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The rules a historian's corpus is checked against, in groups of one concern each; one
 * {@code @Check} method per rule, codes in {@link ChanceryIssueCodes}. Unresolved references are
 * reported by the linker ({@link ChanceryLinkingDiagnostics}).
 */
@ComposedChecks(validators = { IdChecks.class, MetadataChecks.class, RegisterChecks.class, TextChecks.class,
		UsageChecks.class, DateChecks.class, ChronologyChecks.class, HandChecks.class, LetterShapeChecks.class,
		TranscriptionChecks.class, TagWordIdChecks.class, EditionChecks.class })
public class ChanceryValidator extends AbstractChanceryValidator {
}

package org.chancery.lang.ide.rename;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Range;

/**
 * The id under the caret that a rename would change: the element it names (its URI, valid in the
 * resource set it was found in), its current id, and the range of the id at the caret.
 */
public record RenameTarget(URI element, String id, Range rangeAtCaret) {
}

package org.chancery.lang.ui.editor;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Work done after each reconcile, in the reconciler's background thread, while the editor's
 * resource holds the text just parsed. Implementations post their UI updates to the display
 * themselves and must return promptly when cancelled.
 */
public interface ReconcileStep {

	void reconciled(XtextResource resource, String text, CancelIndicator cancel);
}

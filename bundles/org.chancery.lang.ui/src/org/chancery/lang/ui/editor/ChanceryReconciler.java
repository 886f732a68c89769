package org.chancery.lang.ui.editor;

import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/** The editor's reconciler, which also runs when another file changed what this one sees. */
class ChanceryReconciler extends MonoReconciler {

	ChanceryReconciler(IReconcilingStrategy strategy) {
		super(strategy, false);
	}

	/** Reconciles again although the text did not change (another open file or the index did). */
	void reconcileAgain() {
		forceReconciling();
	}
}

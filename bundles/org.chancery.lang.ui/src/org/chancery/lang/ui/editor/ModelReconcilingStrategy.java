package org.chancery.lang.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The reconciler's work, in its background thread, once typing has paused: parse the whole text
 * (the language re-parses fully anyway), then run every {@link ReconcileStep} on the result.
 */
public class ModelReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final EditorResourceSupplier resource;

	private final List<ReconcileStep> steps = new CopyOnWriteArrayList<>();

	private IDocument document;

	private IProgressMonitor monitor = new NullProgressMonitor();

	private volatile long reconciles;

	/** The editor's resource, which exists once the editor has its input. */
	public interface EditorResourceSupplier {
		EditorResource get();
	}

	public ModelReconcilingStrategy(EditorResourceSupplier resource) {
		this.resource = resource;
	}

	public void addStep(ReconcileStep step) {
		steps.add(step);
	}

	public void removeStep(ReconcileStep step) {
		steps.remove(step);
	}

	/** How many reconciles have completed (tests wait for it to grow). */
	public long completedReconciles() {
		return reconciles;
	}

	private volatile long modifications;

	private final IDocumentListener modificationCounter = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			modifications++;
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			// counted before the change
		}
	};

	@Override
	public void setDocument(IDocument document) {
		if (this.document != null) {
			this.document.removeDocumentListener(modificationCounter);
		}
		this.document = document;
		if (document != null) {
			document.addDocumentListener(modificationCounter);
		}
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcileAll();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcileAll();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcileAll();
	}

	private void reconcileAll() {
		EditorResource editorResource = resource.get();
		if (editorResource == null || document == null) {
			return;
		}
		long start = modifications;
		String text = document.get();
		// a keystroke makes this run's results useless: stop and let the next reconcile start
		CancelIndicator cancel = () -> monitor.isCanceled() || modifications != start;
		try {
			editorResource.read(text, parsed -> {
				for (ReconcileStep step : steps) {
					if (cancel.isCanceled()) {
						return null;
					}
					step.reconciled(parsed, text, cancel);
				}
				return null;
			});
			reconciles++;
		} catch (OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException e) {
			// the text changed meanwhile: the next reconcile follows
		}
	}
}

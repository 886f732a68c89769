package org.chancery.lang.ui.rename;

import java.util.List;

import org.chancery.lang.ide.rename.IdOccurrences;
import org.chancery.lang.ide.rename.IdRenaming;
import org.chancery.lang.ide.rename.RenameRefusedException;
import org.chancery.lang.ide.rename.RenameTarget;
import org.chancery.lang.ide.rename.ResourceSetReader;
import org.chancery.lang.ui.editor.EditorResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.lsp4j.Location;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * Renames the id at an offset of an editor's text, and every reference to it in the project's
 * corpus: the files as they are in open editors (unsaved text included) or else on disk. The
 * rules (what may be renamed, which ids are free) are the ide layer's {@link IdRenaming}, as for
 * the language server.
 */
public class RenameIdRefactoring extends Refactoring {

	@Inject
	private IdRenaming renaming;

	@Inject
	private IdOccurrences occurrences;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	private EditorResource resource;

	private String text;

	private int offset;

	private RenameTarget target;

	private String newId;

	private List<Location> found = List.of();

	/** The editor's parsed text and the offset of the id to rename. */
	public void init(EditorResource editorResource, String editorText, int caretOffset) {
		this.resource = editorResource;
		this.text = editorText;
		this.offset = caretOffset;
	}

	@Override
	public String getName() {
		return target == null ? "Rename" : "Rename ‘" + target.id() + "’";
	}

	/** The id being renamed (known once the initial conditions are checked). */
	public String currentId() {
		return target == null ? "" : target.id();
	}

	public void setNewId(String newId) {
		this.newId = newId;
	}

	/** Why the new id cannot be used, or null (checked as the user types). */
	public String refusalOf(String candidate) {
		return resource.read(text, parsed -> renaming.refusalOf(candidate, target, index(parsed.getResourceSet())));
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) throws OperationCanceledException {
		try {
			target = resource.read(text, parsed -> {
				try {
					return renaming.targetAt(parsed, offset);
				} catch (RenameRefusedException e) {
					throw new IllegalArgumentException(e.getMessage(), e);
				}
			});
			return new RefactoringStatus();
		} catch (IllegalArgumentException e) {
			return RefactoringStatus.createFatalErrorStatus(e.getMessage());
		}
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws OperationCanceledException {
		String refusal = newId == null ? "No new id given." : refusalOf(newId);
		if (refusal != null) {
			return RefactoringStatus.createFatalErrorStatus(refusal);
		}
		found = resource.read(text, parsed -> occurrences.of(target.element(), new ResourceSetReader(parsed.getResourceSet()),
				index(parsed.getResourceSet())));
		return new RefactoringStatus();
	}

	@Override
	public Change createChange(IProgressMonitor monitor) throws CoreException, OperationCanceledException {
		return IdChanges.of(getName() + " to ‘" + newId + "’", found, newId, monitor);
	}

	private IResourceDescriptions index(org.eclipse.emf.ecore.resource.ResourceSet resourceSet) {
		return indexProvider.getResourceDescriptions(resourceSet);
	}
}

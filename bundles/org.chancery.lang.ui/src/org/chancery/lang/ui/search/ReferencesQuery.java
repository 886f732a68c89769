package org.chancery.lang.ui.search;

import java.util.List;

import org.chancery.lang.ui.ChanceryUi;
import org.chancery.lang.ui.builder.WorkspaceUris;
import org.chancery.lang.ui.navigation.Definitions;
import org.chancery.lang.ui.navigation.ReferenceExcerpts;
import org.chancery.lang.ui.editor.EditorResource;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;

import com.google.inject.Inject;

/**
 * References to the id at the caret of an editor, in every file of the corpus (unsaved text of
 * open editors included), as a search of the Platform: Ctrl+Shift+G in the editor, shown in the
 * Search view with its history.
 */
public class ReferencesQuery implements ISearchQuery {

	@Inject
	private Definitions definitions;

	private EditorResource resource;

	private String text;

	private int offset;

	private String subject;

	private ChancerySearchResult result;

	/** The editor's parsed text, the caret, and the id found there (for the label). */
	public void init(EditorResource editorResource, String editorText, int caretOffset, String id) {
		this.resource = editorResource;
		this.text = editorText;
		this.offset = caretOffset;
		this.subject = id;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		ChancerySearchResult found = (ChancerySearchResult) getSearchResult();
		found.removeAll();
		List<? extends Location> references = definitions.referencesAt(resource, text, offset);
		for (Location location : references) {
			IFile file = WorkspaceUris.fileOf(location.getUri()).orElse(null);
			if (file == null) {
				continue;
			}
			try {
				IRegion region = FileRegions.of(file, location.getRange());
				found.addMatch(new Match(new SearchHit(file, location.getRange().getStart().getLine() + 1, ReferenceExcerpts.around(location)),
						region.getOffset(), region.getLength()));
			} catch (CoreException e) {
				return ChanceryUi.error("Cannot read " + file.getFullPath(), e);
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public String getLabel() {
		return "References to ‘" + subject + "’";
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		if (result == null) {
			result = new ChancerySearchResult(this);
		}
		return result;
	}
}

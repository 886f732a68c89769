package org.chancery.lang.ui.search;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/**
 * The matches of a Chancery search (documents found, or references), each a {@link SearchHit} with
 * its range, as the Search view lists them and open editors mark them.
 */
public class ChancerySearchResult extends AbstractTextSearchResult implements IFileMatchAdapter, IEditorMatchAdapter {

	private final ISearchQuery query;

	public ChancerySearchResult(ISearchQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return query.getLabel() + " – " + count + (count == 1 ? " match" : " matches");
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return java.util.Arrays.stream(getElements()).filter(e -> e instanceof SearchHit hit && hit.file().equals(file))
				.flatMap(e -> java.util.Arrays.stream(getMatches(e))).toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof SearchHit hit ? hit.file() : null;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return match.getElement() instanceof SearchHit hit && editor.getEditorInput() instanceof IFileEditorInput input
				&& input.getFile().equals(hit.file());
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input ? computeContainedMatches(result, input.getFile())
				: new Match[0];
	}
}

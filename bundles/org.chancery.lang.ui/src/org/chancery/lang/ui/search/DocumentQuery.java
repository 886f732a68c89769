package org.chancery.lang.ui.search;

import java.util.Iterator;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.search.DocumentCriteria;
import org.chancery.lang.search.DocumentMatcher;
import org.chancery.lang.ui.ChanceryUi;
import org.chancery.lang.ui.builder.CorpusIndex;
import org.chancery.lang.ui.builder.CorpusIndexes;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.chancery.lang.ui.builder.WorkspaceUris;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;

/**
 * The Chancery Search page's query: the documents of every transcription project (as built, the
 * saved files) that meet the criteria, each found at its id.
 */
public class DocumentQuery implements ISearchQuery {

	@Inject
	private CorpusResourceSets resourceSets;

	private DocumentCriteria criteria;

	private ChancerySearchResult result;

	public void init(DocumentCriteria searched) {
		this.criteria = searched;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		ChancerySearchResult found = (ChancerySearchResult) getSearchResult();
		found.removeAll();
		MultiStatus unread = new MultiStatus(ChanceryUi.PLUGIN_ID, 0, "Some files could not be searched", null);
		awaitBuilds(monitor);
		for (CorpusIndex index : CorpusIndexes.all()) {
			if (!index.getProject().isAccessible()) {
				continue; // deleted or closed since its last build
			}
			// one snapshot for both: a build may publish a new one meanwhile
			ResourceDescriptionsData snapshot = index.snapshot();
			XtextResourceSet resourceSet = resourceSets.forBuild(index.getProject(), snapshot);
			Iterable<IResourceDescription> files = snapshot.getAllResourceDescriptions();
			SubMonitor progress = SubMonitor.convert(monitor, "Searching " + index.getProject().getName(), 100);
			for (IResourceDescription description : files) {
				progress.setWorkRemaining(100).split(1);
				IFile file = WorkspaceUris.fileOf(description.getURI()).orElse(null);
				// a file deleted since the build is no longer part of the corpus
				if (file == null || !file.exists()) {
					continue;
				}
				Resource resource;
				try {
					resource = resourceSet.getResource(description.getURI(), true);
				} catch (RuntimeException e) {
					// one unreadable file must not empty the whole result: it is named instead
					unread.add(ChanceryUi.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
					continue;
				}
				for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
					if (all.next() instanceof Document document && document.getName() != null
							&& DocumentMatcher.matches(document, criteria)) {
						INode id = NodeModelUtils.findNodesForFeature(document, ChanceryPackage.Literals.REFERABLE__NAME).get(0);
						found.addMatch(new Match(new SearchHit(file, id.getStartLine(), document.getKind().getLiteral() + " " + document.getName()),
								id.getOffset(), id.getLength()));
					}
				}
			}
		}
		return unread.getChildren().length == 0 ? Status.OK_STATUS : unread;
	}

	/** Searches what is built: a build under way (a new or cleaned project) is waited for, as Java search waits for its index. */
	private static void awaitBuilds(IProgressMonitor monitor) {
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, monitor);
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, monitor);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String getLabel() {
		return "Chancery documents: " + criteria.describe();
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

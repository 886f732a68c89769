package org.chancery.lang.ui.quickfix;

import java.util.List;

import org.chancery.lang.ide.codeactions.IssueFixes;
import org.chancery.lang.ui.ChanceryUi;
import org.chancery.lang.ui.builder.CorpusIndexes;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.chancery.lang.ui.builder.OpenDocuments;
import org.chancery.lang.ui.builder.ProblemMarkers;
import org.chancery.lang.ui.builder.WorkspaceUris;
import org.chancery.lang.ui.editor.EditorResource;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import com.google.inject.Inject;

/**
 * Quick fixes on Problems-view markers: the same ide code actions, computed from the marker's
 * issue. A marker has a lightbulb only where the ide layer has a fix for its code and data.
 */
public class MarkerResolutions implements IMarkerResolutionGenerator2 {

	@Inject
	private IssueFixes fixes;

	@Inject
	private CodeActions codeActions;

	@Inject
	private CorpusResourceSets resourceSets;

	@Inject
	private OpenDocuments openDocuments;

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		return code != null && fixes.hasFixes(code, List.of(ProblemMarkers.data(marker)));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file) || !file.exists()) {
			return new IMarkerResolution[0];
		}
		try {
			String text = currentText(file);
			EditorResource resource = new EditorResource(WorkspaceUris.of(file), CorpusIndexes.of(file.getProject()),
					resourceSets, openDocuments);
			try {
				int start = marker.getAttribute(IMarker.CHAR_START, 0);
				int end = marker.getAttribute(IMarker.CHAR_END, start);
				CodeActions.Problem problem = new CodeActions.Problem(marker.getAttribute(ProblemMarkers.CODE, null),
						marker.getAttribute(IMarker.MESSAGE, ""), ProblemMarkers.data(marker), start, end - start);
				List<CodeAction> actions = codeActions.fixes(resource, text, List.of(problem));
				return actions.stream().map(CodeActionResolution::new).toArray(IMarkerResolution[]::new);
			} finally {
				resource.dispose();
			}
		} catch (CoreException e) {
			ChanceryUi.log(e.getStatus());
			return new IMarkerResolution[0];
		}
	}

	/** The file's text as the workspace has it: an open editor's if any, else the file's. */
	private static String currentText(IFile file) throws CoreException {
		var buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		try {
			ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			return buffer.getDocument().get();
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		}
	}

	/** Applies one code action. */
	static final class CodeActionResolution implements IMarkerResolution {

		private final CodeAction action;

		CodeActionResolution(CodeAction action) {
			this.action = action;
		}

		@Override
		public String getLabel() {
			return action.getTitle();
		}

		@Override
		public void run(IMarker marker) {
			try {
				WorkspaceEditApplier.apply(action.getEdit(), new NullProgressMonitor());
			} catch (CoreException e) {
				ChanceryUi.log(e.getStatus());
			}
		}
	}
}

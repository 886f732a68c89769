package org.chancery.lang.ui.editor;

import org.chancery.lang.ui.builder.ProblemMarkers;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;

/**
 * The annotation model of a Chancery file: its markers, except the builder's problems. An open
 * editor validates its text as it is typed and shows those issues itself ({@link ProblemAnnotations});
 * the builder's markers describe the saved file and would linger in the ruler after a fix until the
 * next save. They stay in the Problems view.
 */
public class ChanceryAnnotationModelFactory implements IAnnotationModelFactory {

	@Override
	public IAnnotationModel createAnnotationModel(IPath location) {
		IFile file = FileBuffers.getWorkspaceFileAtLocation(location);
		if (file == null) {
			return new AnnotationModel();
		}
		return new ResourceMarkerAnnotationModel(file) {
			@Override
			protected boolean isAcceptable(IMarker marker) {
				return super.isAcceptable(marker) && !isBuilderProblem(marker);
			}
		};
	}

	private static boolean isBuilderProblem(IMarker marker) {
		try {
			return marker.isSubtypeOf(ProblemMarkers.TYPE);
		} catch (CoreException e) {
			return false;
		}
	}
}

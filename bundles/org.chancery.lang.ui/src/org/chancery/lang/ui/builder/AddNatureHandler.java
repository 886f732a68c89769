package org.chancery.lang.ui.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Configure › Add Chancery Nature": turns the selected projects into transcription corpora. */
public class AddNatureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					IProject project = resource.getProject();
					try {
						ChanceryNature.addTo(project, null);
					} catch (CoreException e) {
						throw new ExecutionException("Cannot add the Chancery nature to " + project.getName(), e);
					}
				}
			}
		}
		return null;
	}
}

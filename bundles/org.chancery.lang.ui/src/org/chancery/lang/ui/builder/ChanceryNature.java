package org.chancery.lang.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Marks a project as a transcription corpus: installs the {@link CorpusBuilder}. */
public class ChanceryNature implements IProjectNature {

	public static final String ID = "org.chancery.lang.ui.nature";

	private IProject project;

	/** Adds the nature (and so the builder) to a project, if it lacks it. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		for (ICommand command : commands) {
			if (CorpusBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand command = description.newCommand();
		command.setBuilderName(CorpusBuilder.ID);
		ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
		withBuilder[commands.length] = command;
		description.setBuildSpec(withBuilder);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !CorpusBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}

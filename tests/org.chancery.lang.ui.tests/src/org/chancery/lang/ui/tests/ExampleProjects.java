package org.chancery.lang.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chancery.lang.ui.builder.ChanceryNature;
import org.chancery.lang.ui.builder.CorpusIndexes;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Workspace projects holding a copy of the example corpus ({@code examples/seeds}), built. */
public final class ExampleProjects {

	private ExampleProjects() {
	}

	/** The checkout's root (the build passes it as the system property {@code chancery.root}). */
	public static Path checkoutRoot() {
		return Path.of(System.getProperty("chancery.root", "../.."));
	}

	/** A built transcription project with the example corpus; created on first use. */
	public static IProject get(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
			project.open(null);
			Path seeds = checkoutRoot().resolve("examples/seeds");
			List<Path> files;
			try (Stream<Path> walk = Files.walk(seeds)) {
				files = walk.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path path : files) {
				IFile file = project.getFile(seeds.relativize(path).toString());
				createParents(file.getParent());
				try (InputStream in = Files.newInputStream(path)) {
					file.create(in, true, null);
				}
			}
			ChanceryNature.addTo(project, null);
		}
		if (!CorpusIndexes.of(project).isBuilt()) {
			project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		}
		return project;
	}

	private static void createParents(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** Deletes a project and its files. */
	public static void delete(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
	}
}

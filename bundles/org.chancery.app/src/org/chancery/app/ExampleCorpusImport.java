package org.chancery.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Copies the example corpus the editor ships into a workspace project. */
final class ExampleCorpusImport {

	static final String PROJECT_NAME = "Chancery Examples";

	private static final String EXAMPLES = "examples";

	private ExampleCorpusImport() {
	}

	static IProject project() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT_NAME);
	}

	/** Creates the project with every example file, unless it exists. */
	static IProject run(IProgressMonitor monitor) throws CoreException {
		IProject project = project();
		if (project.exists()) {
			return project;
		}
		IWorkspaceRunnable copy = m -> {
			Bundle bundle = FrameworkUtil.getBundle(ExampleCorpusImport.class);
			Enumeration<URL> entries = bundle.findEntries(EXAMPLES, "*.chancery", true);
			var files = entries == null ? java.util.List.<URL>of() : Collections.list(entries);
			SubMonitor progress = SubMonitor.convert(m, "Opening the example corpus", files.size() + 1);
			project.create(progress.split(1));
			project.open(null);
			for (URL entry : files) {
				String path = entry.getPath().substring(entry.getPath().indexOf(EXAMPLES) + EXAMPLES.length() + 1);
				IFile file = project.getFile(new Path(path));
				createFolders(file.getParent());
				try (InputStream in = entry.openStream()) {
					file.create(in, true, progress.split(1));
				} catch (IOException e) {
					throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read the example " + path, e));
				}
			}
		};
		ResourcesPlugin.getWorkspace().run(copy, monitor);
		return project;
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(true, true, null);
		}
	}
}

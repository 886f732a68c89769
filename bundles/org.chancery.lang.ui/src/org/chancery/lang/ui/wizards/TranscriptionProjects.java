package org.chancery.lang.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chancery.lang.ui.builder.ChanceryNature;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** Creates a transcription project: the nature, and a register file per kind of entry. */
public final class TranscriptionProjects {

	private TranscriptionProjects() {
	}

	/** The register files a new project starts with, path → text. */
	static Map<String, String> registers() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("registers/persons.chancery", "// Persons: person id { name \"…\" variant \"…\" }\n");
		files.put("registers/places.chancery", "// Places: place id { name \"…\" coordinates 43.8, 87.6 }\n");
		files.put("registers/organisations.chancery", "// Organisations: organisation id { name \"…\" }\n");
		files.put("registers/publications.chancery", "// Publications and archives: publication id { title \"…\" }\n");
		return files;
	}

	/** Creates (or completes) the project; existing register files are kept. */
	public static void create(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 3 + registers().size());
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		project.open(progress.split(1));
		ChanceryNature.addTo(project, progress.split(1));
		IFolder folder = project.getFolder("registers");
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
		for (Map.Entry<String, String> register : registers().entrySet()) {
			var file = project.getFile(register.getKey());
			if (!file.exists()) {
				file.create(new ByteArrayInputStream(register.getValue().getBytes(StandardCharsets.UTF_8)), true,
						progress.split(1));
			}
		}
	}
}

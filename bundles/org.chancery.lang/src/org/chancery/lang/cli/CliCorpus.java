package org.chancery.lang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;

import com.google.inject.Inject;

/** Loads the corpus the command line's PATHs name, resolved against the working directory. */
public class CliCorpus {

	@Inject
	private CorpusLoader loader;

	/**
	 * @throws UsageException for a PATH that does not exist, a file that is not a .chancery file
	 *         (an .xmi, /dev/null), or PATHs that hold no .chancery file
	 */
	public Corpus load(Path workingDirectory, List<String> paths) throws UsageException, IOException {
		List<Path> resolved = new ArrayList<>();
		for (String path : paths) {
			Path file = workingDirectory.resolve(path);
			if (!Files.exists(file)) {
				throw new UsageException("no such file or folder: " + path);
			}
			if (!Files.isDirectory(file) && !(Files.isRegularFile(file) && path.endsWith(CorpusLoader.FILE_EXTENSION))) {
				throw new UsageException(path + " is not a " + CorpusLoader.FILE_EXTENSION
						+ " file (a corpus is made of *.chancery files and folders of them)");
			}
			resolved.add(file);
		}
		List<Path> files = loader.findFiles(resolved);
		if (files.isEmpty()) {
			throw new UsageException("no " + CorpusLoader.FILE_EXTENSION + " files in " + String.join(", ", paths));
		}
		return loader.load(files);
	}
}

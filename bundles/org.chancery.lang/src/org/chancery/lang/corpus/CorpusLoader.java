package org.chancery.lang.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads a corpus (files and folders of *.chancery files) into one resource set, so that every
 * document sees every register entry and document of the corpus, then resolves all references.
 */
public class CorpusLoader {

	public static final String FILE_EXTENSION = ".chancery";

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	/**
	 * The *.chancery files under the given paths, sorted, each once. Symbolic links to folders are
	 * followed (a link back to a folder above is skipped, not followed for ever); a file reached
	 * twice, through a link, counts once, under the first path found.
	 */
	public List<Path> findFiles(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				walk(path, files);
			} else {
				files.add(path);
			}
		}
		Map<Path, Path> byRealPath = new LinkedHashMap<>();
		for (Path file : files.stream().map(p -> p.toAbsolutePath().normalize()).sorted().toList()) {
			byRealPath.putIfAbsent(realPath(file), file);
		}
		return byRealPath.values().stream().sorted().toList();
	}

	private static void walk(Path folder, List<Path> files) {
		try {
			Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && file.toString().endsWith(FILE_EXTENSION)) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
					if (e instanceof FileSystemLoopException) {
						return FileVisitResult.CONTINUE;
					}
					throw e;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path realPath(Path file) {
		try {
			return file.toRealPath();
		} catch (IOException e) {
			return file;
		}
	}

	/** Loads the files and resolves every reference between them. */
	public Corpus load(List<Path> files) throws IOException {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
			resource.load(resourceSet.getLoadOptions());
			resources.add(resource);
		}
		CorpusIndex index = CorpusIndex.install(resourceSet, resources);
		EcoreUtil.resolveAll(resourceSet);
		return new Corpus(resourceSet, resources, index);
	}
}

package org.chancery.lang.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

	/** The *.chancery files under the given paths, sorted, each once. */
	public List<Path> findFiles(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> p.toString().endsWith(FILE_EXTENSION) && Files.isRegularFile(p)).forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			} else {
				files.add(path);
			}
		}
		return files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
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

package org.chancery.lang.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusIndex;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The example corpus as groups of files that refer to one another (the seeds and their registers;
 * the example letter and its register), and loading a group from text as the command line loads
 * files: bytes in UTF-8, one resource set, one index.
 */
final class FuzzCorpus {

	private final Injector injector;

	FuzzCorpus(Injector injector) {
		this.injector = injector;
	}

	/** The files of each folder of examples/ that holds documents, by path relative to examples/. */
	static List<Map<String, String>> groups(Path examples) throws IOException {
		List<Map<String, String>> groups = new ArrayList<>();
		for (String folder : List.of("seeds", "letters")) {
			Map<String, String> files = new LinkedHashMap<>();
			try (Stream<Path> walk = Files.walk(examples.resolve(folder))) {
				for (Path file : walk.filter(p -> p.toString().endsWith(".chancery")).sorted().toList()) {
					files.put(examples.relativize(file).toString(), Files.readString(file));
				}
			}
			groups.add(files);
		}
		return groups;
	}

	Corpus load(Map<String, byte[]> files) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			// absolute, as the command line loads files: the index keys on them
			Resource resource = set.createResource(URI.createFileURI("/fuzz/" + file.getKey()));
			try {
				resource.load(new ByteArrayInputStream(file.getValue()), set.getLoadOptions());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			resources.add(resource);
		}
		CorpusIndex index = CorpusIndex.install(set, resources);
		EcoreUtil.resolveAll(set);
		return new Corpus(set, resources, index);
	}

	/** The files as {@link #bytes(String)}. */
	static Map<String, byte[]> bytes(Map<String, String> files) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, bytes(text)));
		return bytes;
	}

	/**
	 * The text in UTF-8 as an editor would save it, except that a lone surrogate is written as
	 * its three bytes (as broken converters do), which is not UTF-8.
	 */
	static byte[] bytes(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
			if (paired) {
				out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
				i++;
			} else if (Character.isSurrogate(c)) {
				out.write(0xE0 | c >> 12);
				out.write(0x80 | c >> 6 & 0x3F);
				out.write(0x80 | c & 0x3F);
			} else {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}
}

package org.chancery.lang.edition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Edition;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The edition declarations of a corpus and the files each covers: an {@code edition { … }} covers
 * the files of its folder and of the folders below, unless a nearer folder declares its own. Built
 * once per export: looking editions up per document would read every file again.
 */
public final class Editions {

	private final List<Edition> declared;

	private Editions(List<Edition> declared) {
		this.declared = declared;
	}

	/** The editions declared in the resources, in file order. */
	public static Editions in(List<Resource> resources) {
		List<Edition> declared = new ArrayList<>();
		for (Resource resource : resources) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ChanceryFile file) {
				file.getMembers().stream().filter(Edition.class::isInstance).map(Edition.class::cast).forEach(declared::add);
			}
		}
		return new Editions(List.copyOf(declared));
	}

	/** The editions of the resource set the object is loaded in (an editor's or a test's). */
	public static Editions around(EObject object) {
		Resource resource = object.eResource();
		if (resource == null) {
			return new Editions(List.of());
		}
		return in(resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources());
	}

	public List<Edition> all() {
		return declared;
	}

	/** The edition whose folder is the nearest one holding the object's file, if any. */
	public Optional<Edition> covering(EObject object) {
		Resource resource = object.eResource();
		if (resource == null) {
			return Optional.empty();
		}
		String folder = folder(resource.getURI());
		return declared.stream().filter(edition -> folder.startsWith(folder(edition.eResource().getURI())))
				.max(Comparator.comparingInt(edition -> folder(edition.eResource().getURI()).length()));
	}

	/** Editions declared in the same folder as an earlier one (which would cover the same files). */
	public List<Edition> duplicates() {
		List<Edition> duplicates = new ArrayList<>();
		for (int i = 0; i < declared.size(); i++) {
			String folder = folder(declared.get(i).eResource().getURI());
			for (int j = 0; j < i; j++) {
				if (folder(declared.get(j).eResource().getURI()).equals(folder)) {
					duplicates.add(declared.get(i));
					break;
				}
			}
		}
		return duplicates;
	}

	/** The folder of a file's URI, with its trailing slash, so that "a/b/" is not a prefix of "a/bc/". */
	static String folder(URI uri) {
		return uri.trimSegments(1).toString() + "/";
	}
}

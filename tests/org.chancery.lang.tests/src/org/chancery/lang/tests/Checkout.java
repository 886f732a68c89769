package org.chancery.lang.tests;

import java.nio.file.Path;

/** Folders of the checkout the tests read: the example corpus and the shared schemas. */
public final class Checkout {

	private Checkout() {
	}

	/** The checkout's root, passed by the build as system property chancery.root. */
	public static Path root() {
		String root = System.getProperty("chancery.root");
		if (root == null) {
			throw new IllegalStateException("system property chancery.root is not set (the Maven build sets it)");
		}
		return Path.of(root);
	}

	/** The seed documents the project was created from, beside the checkout. */
	public static Path seeds() {
		return root().resolveSibling("shared").resolve("seeds");
	}

	public static Path examples() {
		return root().resolve("examples");
	}
}

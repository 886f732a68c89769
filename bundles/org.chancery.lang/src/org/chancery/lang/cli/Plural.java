package org.chancery.lang.cli;

/** "1 file", "2 files". */
final class Plural {

	private Plural() {
	}

	static String of(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}

package org.chancery.lang.cli;

/** Defaults the help names (the texts themselves are in {@link CliSpec}). */
public final class CliUsage {

	/** Where the checkout's shared schemas are, seen from the checkout's root. */
	public static final String DEFAULT_TEI_SCHEMA = "../shared/schemas/tei/tei_all.rng";

	private CliUsage() {
	}
}

package org.chancery.lang.cli;

import org.chancery.lang.export.ExportFormat;

/** The help texts. */
public final class CliUsage {

	public static final String TOOL = """
			Usage: chancery COMMAND [ARGUMENTS]

			Checks and exports a corpus of Chancery transcriptions (*.chancery files).

			Commands:
			  validate PATH...                       report every error and warning of the corpus
			  export --format FORMAT PATH... -o DIR  write the corpus as TEI, CMIF or XMI
			  diff OLD NEW                           what changed, per document, entry and field
			  bench [--documents N,N...]             measure build, re-validation and export speed

			PATH is a .chancery file or a folder searched for them; all PATHs form one corpus.
			Run 'chancery COMMAND --help' for a command's options.
			""";

	public static final String VALIDATE = """
			Usage: chancery validate PATH...

			Checks the corpus formed by the PATHs (files, or folders searched for *.chancery files)
			and prints each issue as 'file:line:column: severity: message [code]', then a summary.
			Exits with 1 when there are errors, else 0.
			""";

	public static final String EXPORT = """
			Usage: chancery export --format FORMAT PATH... -o DIR [--force]

			Exports the corpus formed by the PATHs into the folder DIR (created if missing).
			  --format FORMAT  %s
			                   tei:  one TEI P5 file per document (<id>.xml) and registers.xml
			                   cmif: one CMIF file (cmif.xml) of the correspondence metadata
			                   xmi:  the EMF model of the corpus (corpus.xmi)
			  -o, --output DIR the output folder
			  --force          export even when the corpus has errors
			Files are written all together at the end; a failed export leaves DIR as it was.
			""".formatted(ExportFormat.labels());

	/** Where the checkout's shared schemas are, seen from the checkout's root. */
	public static final String DEFAULT_TEI_SCHEMA = "../shared/schemas/tei/tei_all.rng";

	public static final String BENCH = """
			Usage: chancery bench [--documents N,N...] [--schema RNG]

			Generates corpora of N documents (default 1000,10000; seeded, the same every run) with
			registers of N/5 persons, N/10 places and N/20 organisations, and prints for each: its
			size; the full build (parse, link, validate) and the peak heap; re-validating one
			document after an edit (median and 95th percentile of 100 edits); the TEI export; and
			Jing validating that export against the schema RNG (default %s).
			""".formatted(DEFAULT_TEI_SCHEMA);

	private CliUsage() {
	}
}

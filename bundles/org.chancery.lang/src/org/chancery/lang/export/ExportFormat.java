package org.chancery.lang.export;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code chancery export --format} knows. */
public enum ExportFormat {
	/** One TEI P5 file per document and {@code registers.xml}. */
	TEI,
	/** One CMIF file ({@value CmifExport#FILE_NAME}) for the whole corpus. */
	CMIF,
	/** The EMF model of the whole corpus as XMI ({@value XmiExport#FILE_NAME}). */
	XMI;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ExportFormat> named(String label) {
		return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst();
	}

	/** "tei, cmif, xmi" */
	public static String labels() {
		return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
	}

	/** The format's writer; CMIF dates its file with the clock's day. */
	public CorpusFormat create(Clock clock) {
		return switch (this) {
			case TEI -> new TeiExport();
			case CMIF -> new CmifExport(clock);
			case XMI -> new XmiExport();
		};
	}
}

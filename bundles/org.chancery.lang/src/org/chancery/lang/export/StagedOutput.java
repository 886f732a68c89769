package org.chancery.lang.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the files of an export into the staging folder of its {@link ExportJournal}, with the
 * user's default permissions (umask), and remembers their names in the order written. Nothing
 * reaches the export folder until the journal carries the plan out.
 */
final class StagedOutput implements ExportSink {

	private final Path staging;
	private final List<String> written = new ArrayList<>();
	/** case-folded name → name: two of them would be one file on macOS and Windows */
	private final Map<String, String> folded = new HashMap<>();

	StagedOutput(Path staging) {
		this.staging = staging;
	}

	@Override
	public void write(String fileName, byte[] content) throws IOException {
		String other = folded.putIfAbsent(fileName.toLowerCase(Locale.ROOT), fileName);
		if (other != null) {
			throw new IOException("two files named " + other + (other.equals(fileName) ? "" : " and " + fileName)
					+ " in one export: ids must be unique in the corpus, also ignoring case");
		}
		Files.write(staging.resolve(fileName), content);
		written.add(fileName);
	}

	List<String> written() {
		return written;
	}
}

package org.chancery.lang.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an export so that it lands whole or not at all: each file goes to a temporary file in
 * the output folder (same file system, so the final move is a rename), and only once every file
 * of the export exists are they moved into place, replacing earlier ones. {@link #discard()}
 * deletes the temporaries and leaves the folder as it was.
 */
public final class StagedOutput implements ExportSink, AutoCloseable {

	private final Path folder;
	/** final name → temporary file, in the order written */
	private final Map<String, Path> staged = new LinkedHashMap<>();
	private boolean committed;

	public StagedOutput(Path folder) {
		this.folder = folder;
	}

	@Override
	public void write(String fileName, byte[] content) throws IOException {
		if (staged.containsKey(fileName)) {
			throw new IOException("two files named " + fileName + " in one export: ids must be unique in the corpus");
		}
		Path temporary = Files.createTempFile(folder, "." + fileName + ".", ".tmp");
		staged.put(fileName, temporary);
		Files.write(temporary, content);
	}

	/** Moves every staged file into place. */
	public void commit() throws IOException {
		for (Map.Entry<String, Path> file : staged.entrySet()) {
			Path target = folder.resolve(file.getKey());
			try {
				Files.move(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		committed = true;
	}

	/** Deletes the temporaries not moved into place. */
	public void discard() {
		for (Path temporary : staged.values()) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				// best effort: the export's own failure is what the caller reports
			}
		}
	}

	@Override
	public void close() {
		if (!committed) {
			discard();
		}
	}
}

package org.chancery.stockide.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the probe saw, one line per fact or check; the last line says "probe: passed" or how many
 * checks failed. Written to a temporary file and moved, so the script never reads half a report.
 */
final class Report {

	private final Path file;

	private final List<String> lines = new ArrayList<>();

	private int failures;

	Report(Path file) {
		this.file = file;
	}

	/** A fact worth seeing in the log (a marker, an outline entry), not a check. */
	synchronized void note(String line) {
		lines.add("  " + line);
		System.out.println("stock-ide probe:   " + line);
	}

	/** A check: "ok: what" when it holds, "FAIL: what" otherwise. Returns whether it held. */
	synchronized boolean check(boolean holds, String what) {
		String line = (holds ? "ok: " : "FAIL: ") + what;
		lines.add(line);
		System.out.println("stock-ide probe: " + line);
		if (!holds) {
			failures++;
		}
		return holds;
	}

	synchronized void fail(String what) {
		check(false, what);
	}

	synchronized void write() {
		lines.add(failures == 0 ? "probe: passed" : "probe: FAILED (" + failures + " failed checks)");
		try {
			Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "probe", ".tmp");
			Files.write(temp, lines, StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the probe's report " + file, e);
		}
	}
}

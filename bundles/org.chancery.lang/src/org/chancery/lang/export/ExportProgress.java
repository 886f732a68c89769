package org.chancery.lang.export;

/** Told after each file an export has produced (not yet moved into place). */
@FunctionalInterface
public interface ExportProgress {

	ExportProgress NONE = (done, total) -> {
	};

	void produced(int done, int total);
}

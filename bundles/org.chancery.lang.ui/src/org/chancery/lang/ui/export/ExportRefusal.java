package org.chancery.lang.ui.export;

import java.util.List;

import org.chancery.lang.ui.ChanceryUi;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * An export the corpus's errors stopped: how many there are and the first of them, each as
 * "file:line: message", so that the user sees what to fix without searching.
 */
public final class ExportRefusal extends Status {

	/** How many errors are named at most; the Problems view lists them all. */
	public static final int SHOWN = 5;

	private final long errors;

	private final List<String> first;

	public ExportRefusal(long errors, List<String> first) {
		super(IStatus.ERROR, ChanceryUi.PLUGIN_ID, headline(errors));
		this.errors = errors;
		this.first = List.copyOf(first.subList(0, Math.min(SHOWN, first.size())));
	}

	/** "3 errors stop the export:" (or "1 error stops the export:"). */
	public static String headline(long errors) {
		return errors == 1 ? "1 error stops the export:" : errors + " errors stop the export:";
	}

	public long errors() {
		return errors;
	}

	/** The first errors, "file:line: message". */
	public List<String> first() {
		return first;
	}

	/** What the user reads: the headline, the first errors, and how many more there are. */
	public String explanation() {
		StringBuilder text = new StringBuilder(headline(errors));
		for (String error : first) {
			text.append("\n  ").append(error);
		}
		if (errors > first.size()) {
			long more = errors - first.size();
			text.append("\n  … and ").append(more).append(" more");
		}
		text.append("\n\nAn archive should not receive an unfinished transcription: fix them, then export again.");
		return text.toString();
	}
}

package org.chancery.lang.ui.export;

import org.chancery.lang.ui.ChanceryUi;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** A finished export: how many files of which format went into which folder of the workspace. */
public final class ExportResult extends Status {

	private final int files;

	private final String format;

	private final IFolder folder;

	public ExportResult(int files, String format, IFolder folder) {
		super(IStatus.OK, ChanceryUi.PLUGIN_ID, message(files, format, folder));
		this.files = files;
		this.format = format;
		this.folder = folder;
	}

	/** "12 TEI files exported to /corpus/export/tei". */
	public static String message(int files, String format, IFolder folder) {
		return files + " " + format.toUpperCase() + (files == 1 ? " file" : " files") + " exported to "
				+ folder.getFullPath();
	}

	public int files() {
		return files;
	}

	public String format() {
		return format;
	}

	/** The folder the files went into (for a null project location, the job fails before). */
	public IFolder folder() {
		return folder;
	}
}

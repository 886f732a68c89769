package org.chancery.lang.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The bundle's id, and its error log: what every part of the editor may name without a service. */
public final class ChanceryUi {

	/** The bundle's symbolic name, also the node of its preferences. */
	public static final String PLUGIN_ID = "org.chancery.lang.ui";

	private ChanceryUi() {
	}

	/** Writes a status to the workbench's error log. */
	public static void log(IStatus status) {
		ILog.of(ChanceryUi.class).log(status);
	}

	/** An error status of this bundle. */
	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
	}

	/** An exception carrying an error status of this bundle. */
	public static CoreException exception(String message, Throwable cause) {
		return new CoreException(error(message, cause));
	}
}

package org.chancery.lang.export;

/** An export that did not run, or did not complete, with the reason in words for the user. */
public class ExportRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExportRefusedException(String message) {
		super(message);
	}

	public ExportRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}

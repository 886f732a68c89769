package org.chancery.lang.dates;

/**
 * A date that cannot exist as written, or a statement about dates that contradicts itself. The
 * message is meant for the historian who wrote the date, so it names the problem in plain words
 * (e.g. "There is no 31 June.") and may be shown as is in the editor.
 */
public final class InvalidDateException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidDateException(String message) {
		super(message);
	}
}

package org.chancery.lang.cli;

/** A command line that cannot be run as written; the message says what is wrong, in one line. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}

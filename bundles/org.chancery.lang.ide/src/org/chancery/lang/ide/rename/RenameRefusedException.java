package org.chancery.lang.ide.rename;

/** A rename that cannot be done, with the sentence that tells the user why. */
public class RenameRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public RenameRefusedException(String message) {
		super(message);
	}
}

package org.chancery.lang.fuzz;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Errors that Xtext catches and only logs (a check that throws is logged by its validator, the
 * user sees nothing): for the fuzzer they are exceptions like any other.
 */
final class LoggedErrors extends AppenderSkeleton {

	private String first;

	private LoggedErrors() {
	}

	static LoggedErrors start() {
		LoggedErrors appender = new LoggedErrors();
		appender.setThreshold(Level.ERROR);
		Logger.getRootLogger().addAppender(appender);
		return appender;
	}

	void stop() {
		Logger.getRootLogger().removeAppender(this);
	}

	/** The first error logged, with its exception, or null. */
	synchronized String first() {
		return first;
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (first == null) {
			Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
			first = "logged: " + event.getRenderedMessage() + (thrown == null ? "" : ": " + FuzzCheck.describe(thrown));
		}
	}

	@Override
	public void close() {
		// nothing held
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}

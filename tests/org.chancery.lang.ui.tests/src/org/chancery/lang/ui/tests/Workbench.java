package org.chancery.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Drives the workbench from a test on the UI thread: events are processed while waiting. */
public final class Workbench {

	private static final long TIMEOUT_MS = 30_000;

	private Workbench() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Processes pending UI events. */
	public static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going until the queue is empty
		}
	}

	/** Processes events until the condition holds; fails after a bound. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("Timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		processEvents();
	}

	/** Processes events for a while (lets asynchronous painting and jobs catch up). */
	public static void sleep(long millis) {
		long end = System.currentTimeMillis() + millis;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Waits (processing events) until no job of the family is waiting or running. */
	public static void waitForJobs(Object family) {
		waitUntil("jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
	}
}

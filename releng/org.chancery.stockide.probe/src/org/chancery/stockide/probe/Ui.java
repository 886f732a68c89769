package org.chancery.stockide.probe;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.ui.PlatformUI;

/** Runs on the display thread from the probe's own thread, and waits there for the UI to settle. */
final class Ui {

	private static final long POLL_MILLIS = 250;

	private Ui() {
	}

	/** The value computed on the display thread; its exception is rethrown here. */
	static <T> T call(Supplier<T> work) {
		AtomicReference<T> value = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			try {
				value.set(work.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return value.get();
	}

	/** Asks the display thread until it answers true or the time is up; returns the last answer. */
	static boolean waitFor(Supplier<Boolean> condition, long timeoutMillis) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (true) {
			if (Boolean.TRUE.equals(call(condition))) {
				return true;
			}
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			sleep(POLL_MILLIS);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}
}

package org.chancery.lang.bench;

/**
 * The most heap in use while a step runs, sampled every few milliseconds (summing the pools' own
 * peaks would add peaks of different moments).
 */
final class HeapSampler implements AutoCloseable {

	private static final long PERIOD_MILLIS = 5;

	private final Thread thread;
	private volatile boolean running = true;
	private volatile long peak;

	HeapSampler() {
		thread = new Thread(this::sample, "heap-sampler");
		thread.setDaemon(true);
		thread.start();
	}

	private void sample() {
		Runtime runtime = Runtime.getRuntime();
		while (running) {
			peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
			try {
				Thread.sleep(PERIOD_MILLIS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	long peakBytes() {
		return peak;
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
	}
}

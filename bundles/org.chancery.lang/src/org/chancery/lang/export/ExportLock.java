package org.chancery.lang.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One export at a time per folder: an operating-system lock on {@code DIR/.chancery/lock}. The
 * system releases it when the process ends, however it ends, so a killed export never leaves the
 * folder locked; the file itself stays (deleting a lock file invites two holders).
 */
final class ExportLock implements AutoCloseable {

	private final FileChannel channel;
	private final FileLock lock;

	private ExportLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** @throws ExportRefusedException when another export (in this process or another) holds it */
	static ExportLock acquire(Path home, Path folder) throws ExportRefusedException, IOException {
		FileChannel channel = FileChannel.open(home.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new ExportRefusedException("another export into " + folder + " is running; nothing was written (try again"
					+ " when it has finished)");
		}
		return new ExportLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}

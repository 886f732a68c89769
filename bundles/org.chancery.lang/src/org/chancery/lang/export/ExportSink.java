package org.chancery.lang.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Where a format writes its files: by name, inside the export's output folder. */
public interface ExportSink {

	void write(String fileName, byte[] content) throws IOException;

	default void write(String fileName, XmlElement root) throws IOException {
		write(fileName, XmlSerializer.serialize(root).getBytes(StandardCharsets.UTF_8));
	}
}

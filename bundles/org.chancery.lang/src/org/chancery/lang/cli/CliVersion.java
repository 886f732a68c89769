package org.chancery.lang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** {@code chancery --version}: the runtime bundle's version (from its jar) and the Java that runs it. */
public final class CliVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "chancery " + bundleVersion() + " (Java " + System.getProperty("java.version") + ")" };
	}

	/** Bundle-Version of the jar this class is in; "development" when it runs from class folders. */
	static String bundleVersion() {
		URL self = CliVersion.class.getResource("CliVersion.class");
		if (self != null && self.getProtocol().equals("jar")) {
			try {
				JarURLConnection connection = (JarURLConnection) self.openConnection();
				connection.setUseCaches(false);
				Manifest manifest = connection.getManifest();
				String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
				if (version != null) {
					return version;
				}
			} catch (IOException e) {
				// fall through
			}
		}
		try (InputStream in = CliVersion.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
			String version = in == null ? null : new Manifest(in).getMainAttributes().getValue("Bundle-Version");
			if (version != null && !version.endsWith("qualifier")) {
				return version;
			}
		} catch (IOException e) {
			// fall through
		}
		return "development";
	}
}

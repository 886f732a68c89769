package org.chancery.lang.export;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** A file inside another bundle, when running in OSGi; null on a plain class path. */
final class OsgiResources {

	private OsgiResources() {
	}

	static URL entry(String symbolicName, String path) {
		try {
			Bundle self = FrameworkUtil.getBundle(OsgiResources.class);
			if (self == null || self.getBundleContext() == null) {
				return null;
			}
			for (Bundle bundle : self.getBundleContext().getBundles()) {
				if (symbolicName.equals(bundle.getSymbolicName())) {
					return bundle.getEntry(path);
				}
			}
			return null;
		} catch (LinkageError e) {
			// no OSGi framework: the command line
			return null;
		}
	}
}

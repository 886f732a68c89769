package org.chancery.lang.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a class of the tests in a separate JVM, for tests that must kill a process. The tests
 * run inside OSGi, so the child's class path is made of the files of every bundle of the test
 * runtime (a bundle under development contributes its {@code target/classes}); the language
 * runtime runs on a plain class path (see BUILD-NOTES).
 */
public final class ChildJvm {

	private ChildJvm() {
	}

	public static ProcessBuilder of(Class<?> main, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classPath(main)));
		command.add(main.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}

	private static Set<String> classPath(Class<?> main) throws IOException {
		Bundle own = FrameworkUtil.getBundle(main);
		Set<String> entries = new LinkedHashSet<>();
		entries.add(location(own));
		for (Bundle bundle : own.getBundleContext().getBundles()) {
			if (bundle.getBundleId() == 0) {
				continue;
			}
			try {
				entries.add(location(bundle));
			} catch (IOException e) {
				// a bundle without a file of its own contributes nothing
			}
		}
		return entries;
	}

	private static String location(Bundle bundle) throws IOException {
		Path file = FileLocator.getBundleFile(bundle).toPath();
		Path classes = file.resolve("target/classes");
		return (Files.isDirectory(file) && Files.isDirectory(classes) ? classes : file).toString();
	}
}

package org.chancery.lang.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;

/**
 * The Chancery language server: Xtext's {@link LanguageServerImpl} with the Chancery language,
 * speaking LSP over standard input and output. Xtext finds the language through
 * {@code META-INF/services/org.eclipse.xtext.ISetup} ({@code ChanceryIdeSetup}), so every *.chancery
 * file of the client's workspace folders is indexed, validated and served.
 *
 * <p>Arguments are Xtext's {@link ServerLauncher}'s: {@code -log} logs to a file beside the working
 * directory, {@code -trace} traces the protocol, {@code -noValidate} turns off validation of the
 * JSON messages. See docs/language-server.md.
 */
public final class ChanceryLanguageServer {

	private ChanceryLanguageServer() {
	}

	public static void main(String[] args) {
		// ServerLauncher redirects System.out, which carries the protocol, so that nothing else writes to it
		withOwnClassLoader(() -> ServerLauncher.launch(ChanceryLanguageServer.class.getName(), args, new ServerModule()));
	}

	/**
	 * Starts a server on the given streams, in this process, and returns the future of its message
	 * loop (done when the input ends). For embedding and tests: {@link #main} is the way to run it.
	 */
	public static Future<Void> start(InputStream in, OutputStream out, ExecutorService executor) {
		LanguageServerImpl[] server = new LanguageServerImpl[1];
		withOwnClassLoader(() -> server[0] = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class));
		return start(server[0], in, out, executor);
	}

	private static Future<Void> start(LanguageServerImpl server, InputStream in, OutputStream out, ExecutorService executor) {
		Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(executor).create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * Xtext looks the languages up with the context class loader's ServiceLoader; under OSGi that
	 * loader does not see this bundle's service file, so the lookup runs with this bundle's loader.
	 */
	private static void withOwnClassLoader(Runnable lookup) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(ChanceryLanguageServer.class.getClassLoader());
		try {
			lookup.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}

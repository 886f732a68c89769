package org.chancery.lang.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;

/**
 * The Chancery language server: Xtext's language server ({@link ChanceryLanguageServerImpl}) with
 * the Chancery language, speaking LSP over standard input and output. Xtext finds the language
 * through {@code META-INF/services/org.eclipse.xtext.ISetup} ({@code ChanceryIdeSetup}), so every
 * *.chancery file of the client's workspace folders is indexed, validated and served.
 *
 * <p>Arguments are Xtext's {@link ServerLauncher}'s: {@code -log} logs to a file beside the working
 * directory, {@code -trace} traces the protocol, {@code -noValidate} turns off validation of the
 * JSON messages. The input is re-framed ({@link FrameResynchronisingInput}); an internal error is
 * answered without a Java stack trace; the process ends as soon as its input does. See
 * docs/language-server.md.
 */
public final class ChanceryLanguageServer {

	private ChanceryLanguageServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		// as the command line: no Guice class generation (and no JVM warning about sun.misc.Unsafe)
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		// redirects System.out, which carries the protocol, so that nothing else writes to it
		LaunchArgs launch = ServerLauncher.createLaunchArgs(ChanceryLanguageServer.class.getName(), args);
		ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "chancery-lsp");
			thread.setDaemon(true);
			return thread;
		});
		Future<Void> listening = start(launch.getIn(), launch.getOut(), executor, launch.isValidate(), launch.getTrace());
		try {
			listening.get();
		} catch (ExecutionException e) {
			// the input broke off: the end, as when it closes
		}
		// the client closed the input: nothing more can come; Xtext's threads would linger a minute
		System.exit(0);
	}

	/**
	 * Starts a server on the given streams, in this process, and returns the future of its message
	 * loop (done when the input ends). For embedding and tests: {@link #main} is the way to run it.
	 */
	public static Future<Void> start(InputStream in, OutputStream out, ExecutorService executor) {
		return start(in, out, executor, false, null);
	}

	private static Future<Void> start(InputStream in, OutputStream out, ExecutorService executor, boolean validate,
			PrintWriter trace) {
		ChanceryLanguageServerImpl[] server = new ChanceryLanguageServerImpl[1];
		withOwnClassLoader(
				() -> server[0] = Guice.createInjector(new ServerModule()).getInstance(ChanceryLanguageServerImpl.class));
		Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>().setLocalService(server[0])
				.setRemoteInterface(LanguageClient.class).setInput(new FrameResynchronisingInput(in)).setOutput(out)
				.setExecutorService(executor).validateMessages(validate).traceMessages(trace)
				.setExceptionHandler(ChanceryLanguageServer::withoutStackTrace).create();
		server[0].connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/** An internal error as the client sees it: what went wrong, not where in Java. */
	private static ResponseError withoutStackTrace(Throwable error) {
		Throwable cause = error;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException answer) {
			// an answer meant for the client (method not found), not a failure
			return answer.getResponseError();
		}
		return new ResponseError(ResponseErrorCode.InternalError, "Internal error: " + cause, null);
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

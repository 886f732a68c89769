package org.chancery.lang.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chancery.lang.tests.Checkout;
import org.chancery.lang.tests.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The language server at the level of the bytes on its pipes: a wrong Content-Length costs one
 * message, not the session; an unknown method is "method not found" without a Java stack trace; a
 * client without hierarchical symbols gets a flat list; the process ends when its input does.
 */
class LanguageServerProtocolTest {

	private static final long TIMEOUT = 60;

	private ExecutorService executor;

	private OutputStream toServer;

	private BlockingQueue<JsonObject> fromServer;

	@TempDir
	Path work;

	private void connect() throws IOException {
		executor = Executors.newCachedThreadPool();
		PipedOutputStream clientOut = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
		ChanceryLanguageServer.start(serverIn, serverOut, executor);
		toServer = clientOut;
		fromServer = read(clientIn);
	}

	@AfterEach
	void disconnect() throws IOException {
		if (toServer != null) {
			toServer.close();
		}
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Test
	void aWrongContentLengthCostsOneMessageOnly() throws Exception {
		connect();
		initialize(false);

		// announced 20 bytes short: the message is lost
		byte[] cut = ping(98);
		send(("Content-Length: " + (cut.length - 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), cut);
		// announced 40 bytes too many: the message is answered, the next header found after it
		byte[] long_ = ping(99);
		send(("Content-Length: " + (long_.length + 40) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), long_);
		for (int id = 100; id < 110; id++) {
			send(frame(ping(id)));
		}

		List<Integer> answered = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			JsonObject response = next();
			answered.add(response.get("id").getAsInt());
		}
		assertEquals(List.of(99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109), answered.stream().sorted().toList());
	}

	@Test
	void anUnknownMethodIsMethodNotFoundWithoutAStackTrace() throws Exception {
		connect();
		initialize(false);

		send(frame(ping(7)));

		assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32601,\"message\":\"Unknown method: chancery/ping\"}}",
				next().toString());
	}

	@Test
	void aClientWithoutHierarchicalSymbolsGetsAFlatList() throws Exception {
		connect();
		initialize(false);
		Path file = Files.writeString(work.resolve("d.chancery"), "person kudashev {\n  name \"N. A. Kudashev\"\n}\n");
		String uri = file.toUri().toString();
		send(frame(("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
				+ "\",\"languageId\":\"chancery\",\"version\":1,\"text\":\"person kudashev {\\n  name \\\"N. A. Kudashev\\\"\\n}\\n\"}}}")
				.getBytes(StandardCharsets.UTF_8)));
		send(frame(("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\""
				+ uri + "\"}}}").getBytes(StandardCharsets.UTF_8)));

		JsonObject response = nextWithId(3);

		assertTrue(response.get("error") == null, response.toString());
		JsonObject symbol = response.getAsJsonArray("result").get(0).getAsJsonObject();
		assertEquals(1, response.getAsJsonArray("result").size(), response.toString());
		assertEquals("N. A. Kudashev", symbol.get("name").getAsString());
		assertEquals(uri, symbol.getAsJsonObject("location").get("uri").getAsString());
		assertEquals("{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":2,\"character\":1}}",
				symbol.getAsJsonObject("location").get("range").toString());
	}

	@Test
	void theProcessEndsWhenItsInputCloses() throws Exception {
		Process server = ChildJvm.of(ChanceryLanguageServer.class).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		BlockingQueue<JsonObject> responses = read(server.getInputStream());
		try (OutputStream in = server.getOutputStream()) {
			in.write(frame(initializeRequest(false)));
			in.flush();
			JsonObject initialized = responses.poll(TIMEOUT, TimeUnit.SECONDS);
			assertTrue(initialized != null && initialized.has("result"), "initialize answered: " + initialized);
		}
		long closed = System.nanoTime();
		// Xtext's own launcher lingered about a minute; the figure itself is for the report, not asserted
		assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server is still running 20 s after its input closed");
		System.out.println("LanguageServerProtocolTest: exited " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closed)
				+ " ms after its input closed");
		assertEquals(0, server.exitValue());
	}

	private void initialize(boolean hierarchical) throws Exception {
		send(frame(initializeRequest(hierarchical)));
		JsonObject response = next();
		assertTrue(response.has("result"), response.toString());
		send(frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}".getBytes(StandardCharsets.UTF_8)));
	}

	private byte[] initializeRequest(boolean hierarchical) {
		String root = work.toUri().toString();
		return ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + root
				+ "\",\"capabilities\":{\"textDocument\":{\"documentSymbol\":{\"hierarchicalDocumentSymbolSupport\":" + hierarchical
				+ "}}}}}").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] ping(int id) {
		return ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"chancery/ping\",\"params\":{\"checkout\":\""
				+ Checkout.root().getFileName() + "\"}}").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] frame(byte[] body) {
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		frame.writeBytes(body);
		return frame.toByteArray();
	}

	private void send(byte[]... parts) throws IOException {
		for (byte[] part : parts) {
			toServer.write(part);
		}
		toServer.flush();
	}

	/** The next response (a message with an id), skipping notifications and requests from the server. */
	private JsonObject next() throws InterruptedException {
		for (;;) {
			JsonObject message = fromServer.poll(TIMEOUT, TimeUnit.SECONDS);
			if (message == null) {
				throw new AssertionError("no response within " + TIMEOUT + " s");
			}
			if (message.has("id") && !message.has("method")) {
				return message;
			}
		}
	}

	private JsonObject nextWithId(int id) throws InterruptedException {
		for (;;) {
			JsonObject message = next();
			if (message.get("id").getAsInt() == id) {
				return message;
			}
		}
	}

	/** The server's messages, parsed from its output by a reader thread. */
	private static BlockingQueue<JsonObject> read(InputStream in) {
		BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try {
				for (;;) {
					int length = -1;
					for (String line = line(in); line != null; line = line(in)) {
						if (line.isEmpty()) {
							break;
						}
						if (line.startsWith("Content-Length:")) {
							length = Integer.parseInt(line.substring("Content-Length:".length()).strip());
						}
					}
					if (length < 0) {
						return;
					}
					messages.add(JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject());
				}
			} catch (IOException e) {
				// the pipe closed
			}
		});
		reader.setDaemon(true);
		reader.start();
		return messages;
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int c = in.read(); c >= 0; c = in.read()) {
			if (c == '\n') {
				return line.toString(StandardCharsets.US_ASCII).strip();
			}
			line.write(c);
		}
		return null;
	}
}

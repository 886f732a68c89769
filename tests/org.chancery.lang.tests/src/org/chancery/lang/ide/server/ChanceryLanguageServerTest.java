package org.chancery.lang.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.chancery.lang.ide.ExampleCorpus;
import org.chancery.lang.tests.Checkout;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The language server as an LSP client sees it: started in this process by
 * {@link ChanceryLanguageServer#start}, connected over piped streams, with the example corpus as
 * its workspace. One session: open an example file, read its diagnostics, its outline and a
 * definition, then type an error and read the diagnostics again.
 */
class ChanceryLanguageServerTest {

	private static final long TIMEOUT = 60;

	/** The latest diagnostics published for each file. */
	private final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();

	private ExecutorService executor;

	private PipedOutputStream toServer;

	private PipedOutputStream toClient;

	private LanguageServer server;

	@BeforeEach
	void connect() throws IOException {
		executor = Executors.newCachedThreadPool();
		toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		toClient = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 16);
		ChanceryLanguageServer.start(serverIn, toClient, executor);
		Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new RecordingClient(), clientIn, toServer, executor, null);
		client.startListening();
		server = client.getRemoteProxy();
	}

	@AfterEach
	void disconnect() throws Exception {
		server.shutdown().get(TIMEOUT, TimeUnit.SECONDS);
		toServer.close();
		toClient.close();
		executor.shutdownNow();
	}

	@Test
	void servesAnExampleFile() throws Exception {
		initialize();
		Path path = Checkout.examples().resolve("seeds/wilson-center-xinjiang.chancery");
		String uri = path.toUri().toString();
		String text = Files.readString(path);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "chancery", 1, text)));

		assertEquals("", printDiagnostics(uri, published -> true));

		List<DocumentSymbol> symbols = server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(TIMEOUT, TimeUnit.SECONDS)
				.stream().map(either -> either.getRight()).toList();
		assertEquals("""
				Record of a Conversation between Soviet Ambassador in China A. A. Petrov and General Zhang Zhizhong on 7 January 1947 · conversation, date 1947-01-12, event 1947-01-07
				Ciphered Telegram No. 4159 from Filipov [Stalin] to Kovalev · telegram, date 1949-10-14
				Letter No. 93 from L.D. Wilgress, Canadian Embassy, Moscow, to the Secretary of State for External Affairs, W.L. Mackenzie King · letter, date 1944-03-23
				Record of a Meeting Between T. V. Soong and Stalin · meeting, date 1945-07-09
				Letter from Cde. V. M. Molotov to Governor Shicai Sheng · letter, date 1942-07-03
				Letter from Governor Shicai Sheng to Cdes. Stalin, Molotov, and Voroshilov · letter, date 1942-05-10
				Telegram from Cdes. Stalin, Molotov, and Voroshilov to G. Apresov, Consul General in Urumqi · telegram, undated
				Excerpt on Xinjiang from Minutes No. 21 of the VKP(b) CC Politburo Meetings · minutes, date 1940-10-26
				Concerning Soviet Trade with Xinjiang · decision, date 1936-06-17
				Excerpt on Xinjiang from Minutes No. 42 of the VKP(b) CC Politburo Meetings · minutes, date 1935-07-16
				Telegram from G. Apresov reporting on Sheng Shicai and the Sovietization of Xinjiang · telegram, undated
				""", symbols.stream().map(s -> s.getName() + " · " + s.getDetail()).collect(Collectors.joining("\n", "", "\n")));

		int offset = text.indexOf("<urumchi|Urumchi>") + 3;
		List<? extends Location> definitions = server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position(text, offset)))
				.get(TIMEOUT, TimeUnit.SECONDS).getLeft();
		assertEquals("seeds/registers/places.chancery 84:7-84:14",
				definitions.stream().map(l -> ExampleCorpus.relative(l.getUri()) + " " + range(l.getRange())).collect(Collectors.joining("; ")));

		String typo = text.replace("to kovalev\n", "to kovalv\n");
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(typo))));
		assertEquals("Error 21:6-21:12 chancery.unresolved-reference No person or organisation has the id ‘kovalv’; did you mean ‘kovalev’? [\"kovalv\",\"\",\"person\",\"organisation\",\"~kovalev\"]\n",
				printDiagnostics(uri, published -> !published.getDiagnostics().isEmpty()));
	}

	/** Issue 19, item 3: nesting far beyond the limit is one diagnostic, published as usual. */
	@Test
	void answersForAHundredThousandNestedTags() throws Exception {
		initialize();
		String uri = Checkout.examples().resolve("deep-nesting.chancery").toUri().toString();
		String text = "person anna { name \"Anna\" }\nletter deep { title \"T\" from anna to anna date 1893-05-14\n  text { "
				+ "<hi|".repeat(100_000) + "x" + ">".repeat(100_000) + " }\n}\n";
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "chancery", 1, text)));
		String published = printDiagnostics(uri, diagnostics -> !diagnostics.getDiagnostics().isEmpty());
		assertEquals("Error 3:74-3:75 chancery.syntax.too-deep Tags and brackets nest more than 16 deep here: Chancery reads 16 levels,"
				+ " and leaves out what is nested deeper.", published.substring(0, published.lastIndexOf(' ')));
	}

	@Test
	void prepareRenameGivesTheIdAtTheCaret() throws Exception {
		initialize();
		String uri = openWilsonCenter();
		String text = Files.readString(wilsonCenter());
		PrepareRenameResult prepared = server.getTextDocumentService()
				.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), position(text, text.indexOf("to kovalev\n") + 5)))
				.get(TIMEOUT, TimeUnit.SECONDS).getSecond();
		assertEquals("21:6-21:13 kovalev", range(prepared.getRange()) + " " + prepared.getPlaceholder());
	}

	@Test
	void renameReplacesTheIdInEveryFileOfTheCorpus() throws Exception {
		initialize();
		String uri = openWilsonCenter();
		String text = Files.readString(wilsonCenter());
		WorkspaceEdit edit = server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(uri), position(text, text.indexOf("to kovalev\n") + 5), "kovalyov"))
				.get(TIMEOUT, TimeUnit.SECONDS);
		assertEquals("""
				seeds/registers/persons.chancery 78:8-78:15 kovalyov
				seeds/wilson-center-xinjiang.chancery 21:6-21:13 kovalyov
				""", printEdit(edit));
	}

	@Test
	void renameFromTheDeclarationReachesEveryReference() throws Exception {
		initialize();
		String uri = openWilsonCenter();
		String text = Files.readString(wilsonCenter());
		WorkspaceEdit edit = server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(uri),
						position(text, text.indexOf("letter 1942-05-10-sheng-to-stalin-molotov-voroshilov {") + 10), "1942-05-10-sheng-letter"))
				.get(TIMEOUT, TimeUnit.SECONDS);
		assertEquals("""
				seeds/wilson-center-xinjiang.chancery 56:14-56:59 1942-05-10-sheng-letter
				seeds/wilson-center-xinjiang.chancery 59:145-59:190 1942-05-10-sheng-letter
				seeds/wilson-center-xinjiang.chancery 63:8-63:53 1942-05-10-sheng-letter
				""", printEdit(edit));
	}

	@Test
	void renameToAnIdAlreadyGivenIsRefused() throws Exception {
		initialize();
		String uri = openWilsonCenter();
		String text = Files.readString(wilsonCenter());
		ExecutionException refused = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(uri), position(text, text.indexOf("to kovalev\n") + 5), "stalin"))
				.get(TIMEOUT, TimeUnit.SECONDS));
		assertEquals("The id ‘stalin’ is already given to a person in persons.chancery; ids must be unique in the corpus.",
				assertInstanceOf(ResponseErrorException.class, refused.getCause()).getMessage());
	}

	@Test
	void aKeywordCannotBeRenamed() throws Exception {
		initialize();
		String uri = openWilsonCenter();
		String text = Files.readString(wilsonCenter());
		ExecutionException refused = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
				.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), position(text, text.indexOf("to kovalev\n") + 1)))
				.get(TIMEOUT, TimeUnit.SECONDS));
		assertEquals("‘to’ is a keyword; only the id of a register entry or a document can be renamed.",
				assertInstanceOf(ResponseErrorException.class, refused.getCause()).getMessage());
	}

	private static Path wilsonCenter() {
		return Checkout.examples().resolve("seeds/wilson-center-xinjiang.chancery");
	}

	/** Opens the Wilson Center document and waits until it is validated (the corpus is indexed). */
	private String openWilsonCenter() throws Exception {
		String uri = wilsonCenter().toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri, "chancery", 1, Files.readString(wilsonCenter()))));
		printDiagnostics(uri, published -> true);
		return uri;
	}

	/** The edits, one a line, by file and position: file line:column-line:column new text. */
	private static String printEdit(WorkspaceEdit edit) {
		return edit.getChanges().entrySet().stream()
				.flatMap(file -> file.getValue().stream().map(e -> ExampleCorpus.relative(file.getKey()) + " " + range(e.getRange()) + " " + e.getNewText()))
				.sorted().map(line -> line + "\n").collect(Collectors.joining());
	}

	private void initialize() throws Exception {
		InitializeParams params = new InitializeParams();
		params.setRootUri(Checkout.examples().toUri().toString());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(Checkout.examples().toUri().toString(), "examples")));
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		textDocument.setRename(new RenameCapabilities(true, false));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textDocument);
		params.setCapabilities(capabilities);
		server.initialize(params).get(TIMEOUT, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/** The file's diagnostics once they are as awaited, without infos (unused entries), one a line. */
	private String printDiagnostics(String uri, Predicate<PublishDiagnosticsParams> awaited) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT);
		PublishDiagnosticsParams published = diagnostics.get(uri);
		while ((published == null || !awaited.test(published)) && System.nanoTime() < deadline) {
			Thread.sleep(20);
			published = diagnostics.get(uri);
		}
		if (published == null) {
			return "no diagnostics published for " + uri;
		}
		return published.getDiagnostics().stream()
				.filter(d -> d.getSeverity() != org.eclipse.lsp4j.DiagnosticSeverity.Information)
				.map(d -> d.getSeverity() + " " + range(d.getRange()) + " " + d.getCode().getLeft() + " " + d.getMessage().getLeft() + " "
						+ d.getData())
				.map(line -> line + "\n").collect(Collectors.joining());
	}

	private static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - before.lastIndexOf('\n') - 1);
	}

	private static String range(Range range) {
		return (range.getStart().getLine() + 1) + ":" + (range.getStart().getCharacter() + 1) + "-"
				+ (range.getEnd().getLine() + 1) + ":" + (range.getEnd().getCharacter() + 1);
	}

	/** A client that records the diagnostics published for each file and ignores everything else. */
	private final class RecordingClient implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(params.getUri(), params);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}
}

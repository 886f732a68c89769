package org.chancery.lang.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;
import org.chancery.lang.export.CorpusValidation;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * A file that is not UTF-8 is one error at its first bad byte, whatever else the file holds; a
 * byte-order mark is no error at all.
 */
class EncodingTest {

	private static final Injector INJECTOR = new ChanceryInjectorProvider().getInjector();

	private static final String HEAD = "person cafe {\n  name \"";

	private static final String TAIL = "\"\n}\n";

	@TempDir
	Path folder;

	@Test
	void latin1IsAnErrorAtItsFirstAccentedLetter() throws IOException {
		byte[] file = concat(HEAD.getBytes(StandardCharsets.UTF_8), "Café crème".getBytes(StandardCharsets.ISO_8859_1),
				TAIL.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("ERROR chancery.not-utf-8 2:12 offset 25: not UTF-8: byte 0xE9; save the file as UTF-8"),
				issues(file));
	}

	@Test
	void anOverlongSequenceIsAnError() throws IOException {
		// 0xC0 0xAF: '/' in two bytes, which UTF-8 forbids
		byte[] file = concat(HEAD.getBytes(StandardCharsets.UTF_8), new byte[] { 'a', (byte) 0xC0, (byte) 0xAF },
				TAIL.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("ERROR chancery.not-utf-8 2:10 offset 23: not UTF-8: byte 0xC0; save the file as UTF-8"),
				issues(file));
	}

	@Test
	void anEncodedSurrogateIsAnError() throws IOException {
		// 0xED 0xA0 0x80: U+D800 encoded as if it were a character
		byte[] file = concat("person x {\n  name \"é".getBytes(StandardCharsets.UTF_8),
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, TAIL.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("ERROR chancery.not-utf-8 2:10 offset 20: not UTF-8: byte 0xED; save the file as UTF-8"),
				issues(file));
	}

	@Test
	void aByteOrderMarkIsAccepted() throws IOException {
		byte[] file = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				(HEAD + "Café crème" + TAIL).getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), issues(file));
	}

	@Test
	void plainUtf8IsAccepted() throws IOException {
		assertEquals(List.of(), issues((HEAD + "Café crème — ⟨ok⟩ 𝔄" + TAIL).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void decodingReplacesTheBadBytesAndLocatesTheFirst() {
		Utf8Text.Decoded decoded = Utf8Text.decode(new byte[] { 'a', '\n', 'b', (byte) 0xE9, 'c', (byte) 0xFF });
		assertEquals("a\nb\uFFFDc\uFFFD", decoded.text());
		assertEquals(new Utf8Text.Malformed(3, 2, 2, 0xE9), decoded.malformed());
	}

	/** The issues of the file loaded from disk as the command line loads it, validated as it validates. */
	private List<String> issues(byte[] content) throws IOException {
		Path file = folder.resolve("entry.chancery");
		Files.write(file, content);
		CorpusLoader loader = INJECTOR.getInstance(CorpusLoader.class);
		Corpus corpus = loader.load(List.of(file));
		return INJECTOR.getInstance(CorpusValidation.class).validate(corpus).get(0).issues().stream()
				.filter(issue -> !"chancery.unused-entry".equals(issue.getCode())).map(EncodingTest::describe).toList();
	}

	private static String describe(Issue issue) {
		return issue.getSeverity() + " " + issue.getCode() + " " + issue.getLineNumber() + ":" + issue.getColumn() + " offset "
				+ issue.getOffset() + ": " + issue.getMessage();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			bytes.writeBytes(part);
		}
		return bytes.toByteArray();
	}
}

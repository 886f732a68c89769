package org.chancery.lang.resource;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as strict UTF-8. Java's decoder rejects what UTF-8 forbids (bytes of
 * another encoding, overlong forms, encoded surrogates); the first such byte is reported with its
 * line and column, counted in the characters before it, so that a transcription in Latin-1 is an
 * error where its first accented letter stands instead of U+FFFD in the export. A byte-order mark
 * is dropped: editors on Windows write one.
 */
public final class Utf8Text {

	/** The decoded text (U+FFFD for bytes that are not UTF-8) and the first bad byte, if any. */
	public record Decoded(String text, Malformed malformed) {
	}

	/** The first byte that is not UTF-8: where it stands in the decoded text, and its value. */
	public record Malformed(int offset, int line, int column, int value) {

		public String message() {
			return String.format("not UTF-8: byte 0x%02X; save the file as UTF-8", value);
		}
	}

	private Utf8Text() {
	}

	public static Decoded decode(byte[] bytes) {
		int start = hasByteOrderMark(bytes) ? 3 : 0;
		ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer output = CharBuffer.allocate(bytes.length);
		CoderResult result = strict.decode(input, output, true);
		if (!result.isError()) {
			strict.flush(output);
			return new Decoded(output.flip().toString(), null);
		}
		String valid = output.flip().toString();
		int value = bytes[input.position()] & 0xFF;
		String replaced = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
		return new Decoded(replaced, locate(valid, value));
	}

	private static Malformed locate(String before, int value) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < before.length(); i++) {
			if (before.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Malformed(before.length(), line, before.length() - lineStart + 1, value);
	}

	private static boolean hasByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}
}

package org.chancery.lang.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The server's standard input, re-framed so that one message with a wrong {@code Content-Length}
 * costs that message only. lsp4j reads exactly the announced number of bytes; too few leave the
 * rest of the message in front of the next header, too many swallow the start of the next
 * message, and from then on no header is where lsp4j looks for it. This stream reads the client's
 * frames, checks each body against the JSON it holds (the end of its outermost object), and hands
 * lsp4j well-framed messages only:
 * <ul>
 * <li>a body longer than its JSON: the JSON is a message, the bytes after it are read again as
 * the start of what follows;</li>
 * <li>a body shorter than its JSON: the message is dropped;</li>
 * <li>header lines are looked for from the next {@code Content-Length:} on, even in the middle of
 * a line, so the stream resynchronises at the next header whatever came before it.</li>
 * </ul>
 * A body that is not a JSON object at all is passed on as it is (lsp4j answers it with a parse
 * error).
 */
public final class FrameResynchronisingInput extends InputStream {

	private static final String CONTENT_LENGTH = "content-length:";

	/** Large enough to push back any body. */
	private static final int PUSHBACK = 1 << 20;

	private final PushbackInputStream in;
	private byte[] frame = new byte[0];
	private int position;

	public FrameResynchronisingInput(InputStream in) {
		this.in = new PushbackInputStream(in, PUSHBACK);
	}

	@Override
	public int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		return frame[position++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int count = Math.min(length, frame.length - position);
		System.arraycopy(frame, position, buffer, offset, count);
		position += count;
		return count;
	}

	@Override
	public int available() {
		return frame.length - position;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Makes sure a frame is waiting; false at the end of the input. */
	private boolean fill() throws IOException {
		while (position >= frame.length) {
			int length = readHeaders();
			if (length < 0) {
				return false;
			}
			byte[] body = in.readNBytes(length);
			int end = jsonEnd(body);
			if (body.length < length) {
				// the input ended inside the announced length: what JSON there is still counts
				if (end <= 0) {
					return false;
				}
				frame(Arrays.copyOf(body, end));
				return true;
			}
			if (end == NOT_AN_OBJECT || end == body.length) {
				frame(body);
			} else if (end > 0) {
				in.unread(body, end, body.length - end);
				frame(Arrays.copyOf(body, end));
			}
			// end == INCOMPLETE: the announced length cut the message; it is lost, the next header is looked for
		}
		return true;
	}

	private void frame(byte[] body) {
		byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		frame = new byte[header.length + body.length];
		System.arraycopy(header, 0, frame, 0, header.length);
		System.arraycopy(body, 0, frame, header.length, body.length);
		position = 0;
	}

	/**
	 * Reads header lines up to the empty line after a {@code Content-Length}, and returns that
	 * length; lines before one (the remains of a broken message) are skipped. -1 at the end.
	 */
	private int readHeaders() throws IOException {
		int length = -1;
		for (;;) {
			String line = readLine();
			if (line == null) {
				return -1;
			}
			if (line.isEmpty()) {
				if (length >= 0) {
					return length;
				}
				continue;
			}
			int at = line.toLowerCase(Locale.ROOT).indexOf(CONTENT_LENGTH);
			if (at >= 0) {
				try {
					length = Integer.parseInt(line.substring(at + CONTENT_LENGTH.length()).strip());
				} catch (NumberFormatException e) {
					length = -1;
				}
			}
		}
	}

	/** One line without its CR LF, as ISO-8859-1 (headers are ASCII); null at the end. */
	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (;;) {
			int c = in.read();
			if (c < 0) {
				return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
			}
			if (c == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(c);
		}
	}

	static final int NOT_AN_OBJECT = -2;
	static final int INCOMPLETE = -1;

	/**
	 * The index after the outermost JSON object or array at the start of the body (after leading
	 * white space), then after trailing white space; {@link #INCOMPLETE} if the body ends inside
	 * it, {@link #NOT_AN_OBJECT} if it does not start with one.
	 */
	static int jsonEnd(byte[] body) {
		int i = 0;
		while (i < body.length && isWhiteSpace(body[i])) {
			i++;
		}
		if (i == body.length || (body[i] != '{' && body[i] != '[')) {
			return NOT_AN_OBJECT;
		}
		int depth = 0;
		boolean inString = false;
		for (; i < body.length; i++) {
			byte b = body[i];
			if (inString) {
				if (b == '\\') {
					i++;
				} else if (b == '"') {
					inString = false;
				}
			} else if (b == '"') {
				inString = true;
			} else if (b == '{' || b == '[') {
				depth++;
			} else if ((b == '}' || b == ']') && --depth == 0) {
				int end = i + 1;
				while (end < body.length && isWhiteSpace(body[end])) {
					end++;
				}
				return end;
			}
		}
		return INCOMPLETE;
	}

	private static boolean isWhiteSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\r' || b == '\n';
	}
}

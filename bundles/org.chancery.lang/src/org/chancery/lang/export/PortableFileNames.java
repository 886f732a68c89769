package org.chancery.lang.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name, without extension, of the file a document is exported to: its id, unless that name
 * would not work everywhere. A name Windows reserves for devices ({@code con}, {@code nul},
 * {@code com1}…, with any extension) or one an export writes itself ({@code registers}) gets a
 * {@code ~}; an id too long for a file name is cut and gets {@code ~} and a hash of the whole id.
 * Ids cannot contain {@code ~}, so a mapped name never meets another document's. The file keeps
 * the id itself ({@code TEI/@n}).
 */
public final class PortableFileNames {

	/** Well under the 255 bytes file systems allow, with room for ".xml" and a temporary suffix. */
	static final int MAXIMUM_LENGTH = 100;

	private static final Pattern WINDOWS_DEVICE = Pattern.compile("con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$");

	/** Names an export writes besides the documents' files. */
	private static final Set<String> EXPORT_FILES = Set.of("registers", "cmif", "corpus");

	private PortableFileNames() {
	}

	public static String of(String id) {
		String folded = id.toLowerCase(Locale.ROOT);
		if (id.length() > MAXIMUM_LENGTH) {
			return id.substring(0, MAXIMUM_LENGTH - 9) + "~" + hash(id);
		}
		if (WINDOWS_DEVICE.matcher(folded).matches() || EXPORT_FILES.contains(folded)) {
			return id + "~";
		}
		return id;
	}

	/** Whether the document's file is not named by its id alone. */
	public static boolean isMapped(String id) {
		return !of(id).equals(id);
	}

	private static String hash(String id) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}

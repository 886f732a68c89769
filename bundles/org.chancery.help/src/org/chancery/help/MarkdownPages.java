package org.chancery.help;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.chancery.lang.ui.markdown.Markdown;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.IHelpContentProducer;
import org.osgi.framework.Bundle;

/**
 * The help pages: {@code docs/x.html} (or a link to {@code docs/x.md}) is the Markdown page
 * {@code docs/x.md} of this bundle, turned into HTML by the editor's Markdown converter when the
 * help system asks for it. Anything else (images) is served from the bundle as it is.
 */
public class MarkdownPages implements IHelpContentProducer {

	public static final String BUNDLE = "org.chancery.help";

	@Override
	public InputStream getInputStream(String pluginID, String href, Locale locale) {
		String path = href.replaceFirst("[?#].*$", "");
		if (!BUNDLE.equals(pluginID) || !(path.endsWith(".html") || path.endsWith(".md"))) {
			return null; // not a page: the help system serves the file itself
		}
		String markdown = read(path.replaceFirst("\\.(html|md)$", ".md"));
		return markdown == null ? null : new ByteArrayInputStream(page(markdown).getBytes(StandardCharsets.UTF_8));
	}

	/** A whole HTML page for a Markdown text, titled after its first heading. */
	public static String page(String markdown) {
		String title = markdown.lines().filter(line -> line.startsWith("# ")).findFirst().map(line -> line.substring(2))
				.orElse("Chancery");
		return "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>" + Markdown.escape(title) + "</title>"
				+ "<style>body{font-family:sans-serif;max-width:50em;margin:1em}code,pre{background:#f4f4f4}"
				+ "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}img{max-width:100%}</style>"
				+ "</head><body>\n" + Markdown.toHtml(markdown) + "\n</body></html>\n";
	}

	private static String read(String path) {
		Bundle bundle = Platform.getBundle(BUNDLE);
		URL entry = bundle == null ? null : bundle.getEntry(path);
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
	}
}

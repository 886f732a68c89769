package org.chancery.lang.ide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.corpus.CorpusLoader;
import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.chancery.lang.tests.Checkout;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The example corpus, loaded afresh for each test into one resource set, with one of its files
 * opened as in an editor: as it is, or with a text of the test's in its place (or beside it),
 * where {@code <|>} marks the cursor.
 */
public final class ExampleCorpus {

	public static final String CURSOR = "<|>";

	public static final Injector INJECTOR = new ChanceryInjectorProvider().getInjector();

	private ExampleCorpus() {
	}

	/** A file of the corpus open in an editor, and the cursor's offset (-1 when none was marked). */
	public record OpenFile(XtextResource resource, Document document, int cursor) {

		public String text() {
			return document.getContents();
		}

		/** The offset of the first occurrence of a piece of the text, for tests that point at words. */
		public int offsetOf(String piece) {
			int offset = text().indexOf(piece);
			if (offset < 0) {
				throw new IllegalArgumentException("not in the file: " + piece);
			}
			return offset;
		}
	}

	/** An example file as it is, e.g. "seeds/refugee-massacre-1917.chancery". */
	public static OpenFile open(String path) {
		try {
			return openWithCursor(path, Files.readString(Checkout.examples().resolve(path)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text (with an optional cursor mark) as the file at the path, in the example corpus. */
	public static OpenFile openWithCursor(String path, String textWithCursor) {
		int cursor = textWithCursor.indexOf(CURSOR);
		String text = textWithCursor.replace(CURSOR, "");
		XtextResourceSet corpus = load();
		URI uri = URI.createFileURI(Checkout.examples().resolve(path).toString());
		Resource previous = corpus.getResource(uri, false);
		if (previous != null) {
			previous.unload();
			corpus.getResources().remove(previous);
		}
		XtextResource resource = (XtextResource) corpus.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new OpenFile(resource, new Document(1, text), cursor);
	}

	/** The URI's path relative to the examples folder, so that snapshots do not depend on the checkout. */
	public static String relative(String uri) {
		String examples = URI.createFileURI(Checkout.examples().toString()).toString();
		String normalised = uri.replace("file:///", "file:/");
		return normalised.startsWith(examples) ? normalised.substring(examples.length() + 1) : uri;
	}

	/**
	 * Loads the corpus with the ide injector's resources. The global registry maps *.chancery to the
	 * runtime-only injector of ChanceryStandaloneSetup, whose grammar elements content assist (and
	 * every service of the ide injector) would not recognise in the node model. Xtext's index of a
	 * plain resource set (all its files) stands in for the workspace index of the language server.
	 */
	private static XtextResourceSet load() {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("chancery", INJECTOR.getInstance(IResourceFactory.class));
		try {
			for (Path file : INJECTOR.getInstance(CorpusLoader.class).findFiles(List.of(Checkout.examples()))) {
				set.createResource(URI.createFileURI(file.toString())).load(set.getLoadOptions());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return set;
	}

	public static Path examples() {
		return Checkout.examples();
	}
}

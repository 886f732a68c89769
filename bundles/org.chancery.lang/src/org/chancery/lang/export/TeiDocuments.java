package org.chancery.lang.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.model.DocumentMetadata;
import org.chancery.lang.model.Documents;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The documents of a corpus as the export sees them: every document is exported on its own, also
 * one quoted inside another (inline {@code <quote …|…>} or a nested block), with its own metadata.
 */
public final class TeiDocuments {

	private TeiDocuments() {
	}

	/** Every document of the resources, outer before inner, in file order. */
	public static List<AbstractDocument> all(List<Resource> resources) {
		List<AbstractDocument> documents = new ArrayList<>();
		for (Resource resource : resources) {
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof AbstractDocument document && document.getName() != null) {
					documents.add(document);
				}
			});
		}
		return documents;
	}


	/**
	 * Refuses a corpus with a document without id (only a forced export meets one: it is a syntax
	 * error): its file would have no name, and dropping it silently would lose a transcription.
	 */
	public static void requireIds(List<Resource> resources) throws IOException {
		for (Resource resource : resources) {
			for (java.util.Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				if (all.next() instanceof AbstractDocument document && document.getName() == null) {
					INode node = NodeModelUtils.getNode(document);
					String kind = document.getKind() == null ? "document" : document.getKind().getLiteral();
					throw new IOException("the " + kind + " at " + resource.getURI().lastSegment()
							+ (node == null ? "" : ":" + node.getStartLine()) + " has no id; give it one (its file is named by it)");
				}
			}
		}
	}

	/** The document's title, or its kind and id where it states none (as quoted documents do). */
	public static String title(AbstractDocument document) {
		return DocumentMetadata.first(document, Title.class).map(Title::getValue)
				.orElseGet(() -> capitalised(document.getKind().getLiteral()) + " " + document.getName());
	}

	/** The document this one is quoted in or nested in, if any. */
	public static AbstractDocument container(AbstractDocument document) {
		return Documents.enclosing(document.eContainer());
	}

	private static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}

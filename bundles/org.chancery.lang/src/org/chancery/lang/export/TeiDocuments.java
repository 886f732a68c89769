package org.chancery.lang.export;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.QuotedDocument;
import org.chancery.lang.chancery.Title;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

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

	/** A document's metadata and body items, for both kinds of document. */
	public static List<? extends DocumentItem> items(AbstractDocument document) {
		return switch (document) {
			case Document block -> block.getItems();
			case QuotedDocument quoted -> quoted.getItems();
			default -> List.of();
		};
	}

	public static <T extends DocumentItem> List<T> items(AbstractDocument document, Class<T> type) {
		return items(document).stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The document's title, or its kind and id where it states none (as quoted documents do). */
	public static String title(AbstractDocument document) {
		return items(document, Title.class).stream().map(Title::getValue).findFirst()
				.orElseGet(() -> capitalised(document.getKind().getLiteral()) + " " + document.getName());
	}

	/** The document this one is quoted in or nested in, if any. */
	public static AbstractDocument container(AbstractDocument document) {
		for (EObject o = document.eContainer(); o != null; o = o.eContainer()) {
			if (o instanceof AbstractDocument outer) {
				return outer;
			}
		}
		return null;
	}

	private static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}

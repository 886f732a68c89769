package org.chancery.lang.model;

import java.util.List;
import java.util.Optional;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.DocumentItem;
import org.chancery.lang.chancery.Metadatum;

/** Typed access to a document's metadata items, which the grammar allows in any order. */
public final class DocumentMetadata {

	private DocumentMetadata() {
	}

	public static <T extends Metadatum> List<T> all(AbstractDocument document, Class<T> type) {
		return document.getItems().stream().filter(type::isInstance).map(type::cast).toList();
	}

	public static <T extends Metadatum> Optional<T> first(AbstractDocument document, Class<T> type) {
		return all(document, type).stream().findFirst();
	}

	public static Optional<DateField> date(AbstractDocument document, DateRole role) {
		return all(document, DateField.class).stream().filter(field -> field.getRole() == role).findFirst();
	}

	public static boolean has(AbstractDocument document, Class<? extends DocumentItem> type) {
		return document.getItems().stream().anyMatch(type::isInstance);
	}
}

package org.chancery.lang.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/** Reads a file open in an editor from the editor's text, any other file from disk. */
final class OpenDocumentsUriConverter extends ExtensibleURIConverterImpl {

	private final OpenDocuments openDocuments;

	OpenDocumentsUriConverter(OpenDocuments openDocuments) {
		this.openDocuments = openDocuments;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		String text = openDocuments.textOf(uri);
		return text != null ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) : super.createInputStream(uri, options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return openDocuments.textOf(uri) != null || super.exists(uri, options);
	}
}

package org.chancery.lang.ide.codeactions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonElement;

/**
 * The issue data of a diagnostic as strings. Xtext publishes an issue's data as a string array;
 * what comes back from a client through JSON is a JSON array.
 */
public final class DiagnosticData {

	private DiagnosticData() {
	}

	public static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] array) {
			values.addAll(Arrays.asList(array));
		} else if (data instanceof JsonElement json && json.isJsonArray()) {
			json.getAsJsonArray().forEach(element -> values.add(element.isJsonNull() ? "" : element.getAsString()));
		} else if (data instanceof Iterable<?> iterable) {
			iterable.forEach(element -> values.add(String.valueOf(element)));
		}
		return values;
	}
}

package org.chancery.lang.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.tests.Checkout;
import org.xml.sax.SAXException;

/** The shared schemas of the checkout, validating with {@link RelaxNgValidation}. */
final class RelaxNgSchema {

	private final Path schema;
	private RelaxNgValidation validation;

	RelaxNgSchema(Path schema) {
		this.schema = schema;
	}

	/** The errors of the file, "line:column: message"; empty when the file is valid. */
	List<String> errors(Path file) throws IOException, SAXException {
		if (validation == null) {
			validation = new RelaxNgValidation(schema);
		}
		return validation.errors(file);
	}

	static RelaxNgSchema tei() {
		return new RelaxNgSchema(Checkout.root().resolveSibling("shared").resolve("schemas/tei/tei_all.rng"));
	}

	static RelaxNgSchema cmif() {
		return new RelaxNgSchema(Checkout.root().resolveSibling("shared").resolve("schemas/cmif/cmi-customization.rng"));
	}
}

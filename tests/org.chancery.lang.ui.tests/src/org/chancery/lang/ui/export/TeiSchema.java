package org.chancery.lang.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.export.RelaxNgValidation;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.xml.sax.SAXException;

/** Jing validating a file against TEI P5's tei_all.rng (beside the checkout, in shared/schemas). */
final class TeiSchema {

	private TeiSchema() {
	}

	/** The file's errors as "line:column: message"; empty when it is valid TEI. */
	static List<String> errors(Path file) throws IOException, SAXException {
		Path schema = ExampleProjects.checkoutRoot().toAbsolutePath().normalize().resolveSibling("shared")
				.resolve("schemas/tei/tei_all.rng");
		return new RelaxNgValidation(schema).errors(file);
	}
}

package org.chancery.lang.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.ui.tests.ExampleProjects;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.datatype.xsd.DatatypeLibraryFactoryImpl;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;

/** Jing validating a file against TEI P5's tei_all.rng (beside the checkout, in shared/schemas). */
final class TeiSchema {

	private TeiSchema() {
	}

	/** The file's errors as "line:column: message"; empty when it is valid TEI. */
	static List<String> errors(Path file) throws IOException, SAXException {
		Path schema = ExampleProjects.checkoutRoot().toAbsolutePath().normalize().resolveSibling("shared")
				.resolve("schemas/tei/tei_all.rng");
		List<String> errors = new ArrayList<>();
		ErrorHandler collector = new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				error(e);
			}
		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collector);
		// named explicitly: in OSGi, Jing's service lookup of the XSD datatypes finds nothing
		properties.put(RngProperty.DATATYPE_LIBRARY_FACTORY, new DatatypeLibraryFactoryImpl());
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), SAXSchemaReader.getInstance());
		if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
			throw new IllegalStateException("schema " + schema + " did not load: " + errors);
		}
		driver.validate(ValidationDriver.fileInputSource(file.toFile()));
		return errors;
	}
}

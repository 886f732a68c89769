package org.chancery.lang.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.datatype.xsd.DatatypeLibraryFactoryImpl;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;

/**
 * Jing validating exported files against a RELAX NG schema (XML syntax), as archives check what
 * they receive. Jing is an optional dependency: needed only where files are checked (the tests,
 * the benchmark).
 */
public final class RelaxNgValidation {

	private final ValidationDriver driver;
	private final List<String> errors = new ArrayList<>();

	/** Loads the schema once; validating many files reuses it. */
	public RelaxNgValidation(Path schema) throws IOException, SAXException {
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, new Collector());
		// named explicitly: in OSGi, Jing's service lookup of the XSD datatypes finds nothing
		properties.put(RngProperty.DATATYPE_LIBRARY_FACTORY, new DatatypeLibraryFactoryImpl());
		driver = new ValidationDriver(properties.toPropertyMap(), SAXSchemaReader.getInstance());
		if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
			throw new IOException("the schema " + schema + " did not load: " + errors);
		}
	}

	/** The errors of the file as "line:column: message"; empty when the file is valid. */
	public synchronized List<String> errors(Path file) throws IOException, SAXException {
		errors.clear();
		driver.validate(ValidationDriver.fileInputSource(file.toFile()));
		return List.copyOf(errors);
	}

	/** The errors of a file's content, as {@link #errors(Path)}. */
	public synchronized List<String> errors(byte[] content) throws IOException, SAXException {
		errors.clear();
		driver.validate(new InputSource(new ByteArrayInputStream(content)));
		return List.copyOf(errors);
	}

	private final class Collector implements ErrorHandler {
		@Override
		public void warning(SAXParseException e) {
			// warnings are not failures of conformance
		}

		@Override
		public void error(SAXParseException e) {
			errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
		}

		@Override
		public void fatalError(SAXParseException e) {
			error(e);
		}
	}
}

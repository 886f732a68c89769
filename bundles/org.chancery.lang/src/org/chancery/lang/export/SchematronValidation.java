package org.chancery.lang.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A Schematron schema run by a real Schematron processor: SchXslt compiles it to XSLT, Saxon-HE
 * runs that on a document, and the report (SVRL) gives each failed assertion and successful
 * report with its role. Both are optional dependencies, found on the class path (the command line)
 * or among the bundles (the tests); {@link #available()} says whether they are there.
 */
public final class SchematronValidation {

	private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
	private static final String SCHXSLT_BUNDLE = "name.dmaus.schxslt";
	private static final String PIPELINE = "xslt/2.0/pipeline-for-svrl.xsl";

	/** One finding: its role ("error", "warning", or "" when the schema gives none) and its text. */
	public record Finding(String role, String text, String location) {
		public boolean isError() {
			return !role.equals("warning") && !role.equals("info");
		}
	}

	private final TransformerFactory factory;
	private final Templates validator;

	/** Compiles the schema once; checking many documents reuses it. */
	public SchematronValidation(URL schema) throws IOException {
		URL pipeline = pipeline();
		if (pipeline == null) {
			throw new IOException("SchXslt is not on the class path: Schematron rules cannot be checked");
		}
		try {
			factory = new net.sf.saxon.TransformerFactoryImpl();
			factory.setURIResolver(SchematronValidation::resolve);
			Templates compiler = factory.newTemplates(source(pipeline));
			DOMResult compiled = new DOMResult();
			compiler.newTransformer().transform(source(schema), compiled);
			validator = factory.newTemplates(new DOMSource(compiled.getNode(), schema.toString()));
		} catch (TransformerException e) {
			throw new IOException("the Schematron schema " + schema + " did not compile: " + e.getMessageAndLocation(), e);
		}
	}

	/** Whether Saxon-HE (with what it needs to start) and SchXslt can be found. */
	public static boolean available() {
		try {
			new net.sf.saxon.TransformerFactoryImpl();
			return pipeline() != null;
		} catch (LinkageError e) {
			return false;
		}
	}

	/** The findings on the document, in document order; empty when it passes every rule. */
	public List<Finding> check(byte[] document) throws IOException {
		DOMResult report = new DOMResult();
		try {
			validator.newTransformer().transform(new StreamSource(new ByteArrayInputStream(document), "document.xml"), report);
		} catch (TransformerException e) {
			throw new IOException("the Schematron rules could not be run: " + e.getMessageAndLocation(), e);
		}
		List<Finding> findings = new ArrayList<>();
		collect(report.getNode(), findings);
		return findings;
	}

	private static void collect(Node node, List<Finding> findings) {
		NodeList children = node.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && SVRL.equals(element.getNamespaceURI())
					&& (element.getLocalName().equals("failed-assert") || element.getLocalName().equals("successful-report"))) {
				findings.add(new Finding(element.getAttribute("role"), element.getTextContent().strip().replaceAll("\\s+", " "),
						element.getAttribute("location")));
			} else {
				collect(children.item(i), findings);
			}
		}
	}

	/** SchXslt's pipeline: on the class path, or in its bundle (a resource outside any package). */
	private static URL pipeline() {
		URL url = SchematronValidation.class.getClassLoader().getResource(PIPELINE);
		if (url != null) {
			return url;
		}
		try {
			return OsgiResources.entry(SCHXSLT_BUNDLE, PIPELINE);
		} catch (LinkageError e) {
			return null; // no OSGi framework on the class path
		}
	}

	private static Source source(URL url) throws TransformerException {
		try {
			InputStream in = url.openStream();
			return new StreamSource(in, url.toString());
		} catch (IOException e) {
			throw new TransformerException("cannot read " + url + ": " + e.getMessage(), e);
		}
	}

	/** SchXslt's stylesheets include each other by relative names, also inside a jar or bundle. */
	private static Source resolve(String href, String base) throws TransformerException {
		try {
			URL url = base == null || base.isEmpty() ? new URI(href).toURL() : new URL(new URL(base), href);
			return source(url);
		} catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
			throw new TransformerException("cannot resolve " + href + " against " + base, e);
		}
	}
}

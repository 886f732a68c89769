package org.chancery.lang.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An XML element under construction: a name, attributes in the order they were set, and children
 * that are elements or text. The exporters build a whole file as a tree first, so that the writer
 * alone decides layout and escaping ({@link XmlSerializer}).
 */
public final class XmlElement {

	private final String name;
	private final Map<String, String> attributes = new LinkedHashMap<>();
	private final List<Object> children = new ArrayList<>();

	public XmlElement(String name) {
		this.name = name;
	}

	public String name() {
		return name;
	}

	/** Sets an attribute; a null value leaves the attribute out. */
	public XmlElement attribute(String attribute, String value) {
		if (value != null) {
			attributes.put(attribute, value);
		}
		return this;
	}

	/** Adds a new child element and returns it. */
	public XmlElement element(String child) {
		XmlElement element = new XmlElement(child);
		children.add(element);
		return element;
	}

	/** Adds the child element and returns it. */
	public XmlElement element(XmlElement child) {
		children.add(child);
		return child;
	}

	/** Adds the child element and returns this element. */
	public XmlElement add(XmlElement child) {
		children.add(child);
		return this;
	}

	/** Appends text, merged with text just before it so that text nodes never touch. */
	public XmlElement text(String text) {
		if (text == null || text.isEmpty()) {
			return this;
		}
		int last = children.size() - 1;
		if (last >= 0 && children.get(last) instanceof String previous) {
			children.set(last, previous + text);
		} else {
			children.add(text);
		}
		return this;
	}

	/** An element with one text child, the common case of metadata. */
	public XmlElement textElement(String child, String text) {
		XmlElement element = element(child);
		element.text(text);
		return element;
	}

	public Map<String, String> attributes() {
		return Collections.unmodifiableMap(attributes);
	}

	/** Elements ({@link XmlElement}) and text ({@link String}), in document order. */
	public List<Object> children() {
		return children;
	}

	public String attribute(String attribute) {
		return attributes.get(attribute);
	}
}

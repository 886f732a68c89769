package org.chancery.lang.export;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.edition.Editions;

/**
 * The TEI file of one document: {@code teiHeader} and {@code text}. A file in which a Julian date
 * occurs declares the Julian calendar ({@code profileDesc/calendarDesc}) that its dates'
 * {@code @datingMethod} points at.
 */
public final class TeiDocumentFile {

	public static final String TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0";

	private final TeiRegisterNames names;
	private final Editions editions;

	public TeiDocumentFile(TeiRegisterNames names, Editions editions) {
		this.names = names;
		this.editions = editions;
	}

	/** An empty {@code TEI} root element. */
	public static XmlElement root() {
		return new XmlElement("TEI").attribute("xmlns", TEI_NAMESPACE);
	}

	public XmlElement document(AbstractDocument document) {
		TeiInline inline = new TeiInline();
		XmlElement tei = root();
		if (PortableFileNames.isMapped(document.getName())) {
			// the file is not named by the id: keep the id in it
			tei.attribute("n", document.getName());
		}
		XmlElement header = new TeiHeader(inline, names).header(document, editions.covering(document));
		tei.add(header);
		tei.add(new TeiBody(inline).text(document));
		declareJulianCalendarIfUsed(tei);
		return tei;
	}

	/** Adds the Julian calendar to the header of a TEI file in which a Julian date occurs. */
	public static void declareJulianCalendarIfUsed(XmlElement tei) {
		if (!usesJulianDates(tei)) {
			return;
		}
		XmlElement header = child(tei, "teiHeader");
		XmlElement profileDesc = child(header, "profileDesc");
		if (profileDesc == null) {
			profileDesc = header.element("profileDesc");
		}
		profileDesc.element("calendarDesc").element("calendar").attribute("xml:id", TeiDateAttributes.JULIAN_CALENDAR_ID)
				.element("p").text("Julian calendar");
	}

	private static XmlElement child(XmlElement parent, String name) {
		return parent.children().stream().filter(c -> c instanceof XmlElement e && e.name().equals(name)).map(XmlElement.class::cast)
				.findFirst().orElse(null);
	}

	private static boolean usesJulianDates(XmlElement element) {
		if (element.attribute("datingMethod") != null) {
			return true;
		}
		return element.children().stream().anyMatch(child -> child instanceof XmlElement e && usesJulianDates(e));
	}
}

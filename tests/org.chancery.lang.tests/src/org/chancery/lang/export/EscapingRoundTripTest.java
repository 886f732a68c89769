package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chancery.lang.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Markup characters in a transcription become well-formed XML that reads back to the same text. */
class EscapingRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void markupCharactersInProseAndMetadataReadBackUnchanged() throws Exception {
		Files.writeString(folder.resolve("escaping.chancery"), """
				letter 1950-01-01-escaping {
				  title "Quotes \\"and\\" <angles> & ampersands ]]>"
				  text {
				    a \\< b & c \\> d \\]\\]\\> e "quoted" 'single' \\[not a bracket\\] \\{x\\} \\\\ end
				  }
				}
				""");
		Corpus corpus = ExportAssertions.load(folder);
		assertEquals(List.of(), corpus.resources().get(0).getErrors());
		Map<String, String> files = ExportAssertions.produce(new TeiExport(), corpus);
		Document xml = parse(files.get("1950-01-01-escaping.xml"));

		assertEquals("Quotes \"and\" <angles> & ampersands ]]>", text(xml, "title"));
		assertEquals("a < b & c > d ]]> e \"quoted\" 'single' [not a bracket] {x} \\ end", paragraphOfBody(xml));
	}

	@Test
	void attributeValuesKeepQuotesAndWhitespace() throws Exception {
		XmlElement root = new XmlElement("root").attribute("value", "a \"b\" <c> & d\te\nf\r");
		Document xml = parse(XmlSerializer.serialize(root));
		assertEquals("a \"b\" <c> & d\te\nf\r", xml.getDocumentElement().getAttribute("value"));
	}

	@Test
	void textKeepsCarriageReturnsAndNeverContainsTheCdataEnd() throws Exception {
		String serialized = XmlSerializer.serialize(new XmlElement("p").text("x]]>y\r\nz"));
		assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p>x]]&gt;y&#13;\nz</p>\n", serialized);
		assertEquals("x]]>y\r\nz", parse(serialized).getDocumentElement().getTextContent());
	}

	@Test
	void aCharacterXmlCannotCarryIsRefusedNotDropped() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> XmlSerializer.serialize(new XmlElement("p").text("bell\u0007")));
		assertEquals("the character U+0007 cannot be written in XML (at position 5 of “bell\u0007”)", e.getMessage());
	}

	private static Document parse(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static String paragraphOfBody(Document xml) {
		return ((Element) xml.getElementsByTagName("body").item(0)).getElementsByTagName("p").item(0).getTextContent();
	}

	private static String text(Document xml, String element) throws IOException {
		return ((Element) xml.getElementsByTagName(element).item(0)).getTextContent();
	}
}

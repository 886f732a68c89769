package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chancery.lang.chancery.ChanceryFile;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.corpus.Corpus;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each construct of the documentary layer (docs/language.md, "Manuscripts" and "The shape of a
 * letter") in a letter of its own: the TEI body it exports to, line by line; the exported file is
 * valid against tei_all; and the round trip holds, the reading text of the export being the
 * transcription's ({@link RoundTrip}).
 */
class DocumentaryLayerExportTest {

	private static final String REGISTER = """
			person anna { name "Anna Wendt" }
			person luise { name "Luise Wendt" }
			person heinrich { name "Heinrich Wendt" }
			person sophie { name "Sophie Brandes" }
			""";

	/** A construct, the items of a letter that use it, and the lines of the TEI body (stripped). */
	private record Construct(String name, String items, String body) {
	}

	private static final List<Construct> CONSTRUCTS = List.of(
			new Construct("deletion", "text { <del|alt> <del strikethrough|a> <del erasure pencil|b> <del overwritten|c> }", """
					<p><del>alt</del> <del rend="strikethrough">a</del> <del rend="erasure" hand="#hand-pencil">b</del> <del rend="overwritten">c</del></p>
					"""),
			new Construct("addition", "text { <add above|a> <add below pencil|b> <add margin|c> <add inline|d> <add|e> }", """
					<p><add place="above">a</add> <add place="below" hand="#hand-pencil">b</add> <add place="margin">c</add> <add place="inline">d</add> <add>e</add></p>
					"""),
			new Construct("replacement", "text { ein <subst|<del|schönes> <add above|herrliches>> Fest }", """
					<p>ein <subst><del>schönes</del><add place="above">herrliches</add></subst> Fest</p>
					"""),
			new Construct("change of hand", "text { Anna writes. <hand pencil>A later note. }", """
					<p>Anna writes. <handShift new="#hand-pencil"/>A later note.</p>
					"""),
			new Construct("highlighting", "text { <hi underline|a> <hi double-underline|b> <hi italic|c> <hi spaced|d> <hi superscript|e> <hi latintype|f> <hi rend \"smallcaps\"|g> }", """
					<p><hi rend="underline">a</hi> <hi rend="double-underline">b</hi> <hi rend="italic">c</hi> <hi rend="spaced">d</hi> <hi rend="superscript">e</hi> <hi rend="latintype">f</hi> <hi rend="smallcaps">g</hi></p>
					"""),
			new Construct("abbreviation", "text { <abbr \"zu den Akten\"|ZdA> <abbr|usw.> }", """
					<p><choice><abbr>ZdA</abbr><expan>zu den Akten</expan></choice> <abbr>usw.</abbr></p>
					"""),
			new Construct("uncertain supplied text", "text { Ich habe [nicht?] viel gelernt. }", """
					<p>Ich habe <supplied reason="clarification" cert="low">nicht</supplied> viel gelernt.</p>
					"""),
			new Construct("text lost to damage", "text { <supplied damage|sc>hätzbaren <supplied illegible?|Kaiser> [Foreign] }", """
					<p><supplied reason="damage">sc</supplied>hätzbaren <supplied reason="illegible" cert="low">Kaiser</supplied> <supplied reason="clarification">Foreign</supplied></p>
					"""),
			new Construct("brackets for damage", "brackets damage text { den [sc]hätzbaren [Brief?] }", """
					<p>den <supplied reason="damage">sc</supplied>hätzbaren <supplied reason="damage" cert="low">Brief</supplied></p>
					"""),
			new Construct("quotation without a source", "text { er sagte <quote|„Ende gut“>. }", """
					<p>er sagte <quote>„Ende gut“</quote>.</p>
					"""),
			new Construct("page break", "text { end of page 1<pb 2 \"scans/p2.jpg\">start of page 2<pb 3v> and <pb> }", """
					<p>end of page 1<pb n="2" facs="scans/p2.jpg"/>start of page 2<pb n="3v"/> and <pb/></p>
					"""),
			new Construct("line break", "text { Weih=<lb>nachten, Mutter <lb>und Vater }", """
					<p>Weih=<lb break="no"/>nachten, Mutter <lb/>und Vater</p>
					"""),
			new Construct("list with labels", "list { 1. One\n\n(b) Two\n\n<label|IV.> Four\n\nNo label }", """
					<list>
					<item><label>1.</label> One</item>
					<item><label>(b)</label> Two</item>
					<item><label>IV.</label> Four</item>
					<item>No label</item>
					</list>
					"""),
			new Construct("stamp, seal or drawing", "text { Received<figure|a stamp “Geheim”>. } figure { A seal in red wax }", """
					<p>Received<figure><figDesc>a stamp “Geheim”</figDesc></figure>.</p>
					<figure>
					<figDesc>A seal in red wax</figDesc>
					</figure>
					"""),
			new Construct("referring expression", "text { Liebe <rs luise|Mama>! }", """
					<p>Liebe <rs type="person" ref="registers.xml#luise">Mama</rs>!</p>
					"""),
			new Construct("several referents", "text { <rs heinrich, luise|die Eltern>, <heinrich, luise|Heinrich und Luise Wendt> }", """
					<p><rs type="person" ref="registers.xml#heinrich registers.xml#luise">die Eltern</rs>, <persName ref="registers.xml#heinrich registers.xml#luise">Heinrich und Luise Wendt</persName></p>
					"""),
			new Construct("uncertain identification", "text { <sophie?|Sophie>, <rs sophie?|ihre Freundin> }", """
					<p><persName ref="registers.xml#sophie" cert="low">Sophie</persName>, <rs type="person" ref="registers.xml#sophie" cert="low">ihre Freundin</rs></p>
					"""),
			new Construct("another language and Latin script", "text { <foreign fr|merci>, <foreign la|<hi latintype|Deo gratias>> }", """
					<p><foreign xml:lang="fr">merci</foreign>, <foreign xml:lang="la"><hi rend="latintype">Deo gratias</hi></foreign></p>
					"""),
			new Construct("docket by another hand", "text { Letter. } annotation pencil { b. 22 Jul }", """
					<p>Letter.</p>
					<note type="annotation" hand="#hand-pencil">b. 22 Jul</note>
					"""),
			new Construct("opener and closer", "opener { <dateline|Berlin, 14 May> <salute|Dear Mother,> } text { Text. } closer { <salute|Yours> <signed|Anna> }", """
					<opener><dateline>Berlin, 14 May</dateline> <salute>Dear Mother,</salute></opener>
					<p>Text.</p>
					<closer><salute>Yours</salute> <signed>Anna</signed></closer>
					"""),
			new Construct("postscript", "text { Text. } postscript { P.S. One.\n\nP.P.S. Two. }", """
					<p>Text.</p>
					<postscript>
					<p>P.S. One.</p>
					<p>P.P.S. Two.</p>
					</postscript>
					"""),
			new Construct("writing sessions", "session { opener { <dateline|Sunday> } text { One. } } session { opener { <dateline|Monday> } text { Two. } }", """
					<div type="writingSession">
					<opener>
					<dateline>Sunday</dateline>
					</opener>
					<p>One.</p>
					</div>
					<div type="writingSession">
					<opener>
					<dateline>Monday</dateline>
					</opener>
					<p>Two.</p>
					</div>
					"""),
			new Construct("sections with headings", "heading { Memorandum } section { heading { I. } text { One. } } section { heading { II. } text { Two. } }", """
					<head>Memorandum</head>
					<div type="section">
					<head>I.</head>
					<p>One.</p>
					</div>
					<div type="section">
					<head>II.</head>
					<p>Two.</p>
					</div>
					"""),
			new Construct("typed notes, one on the heading", "heading { Telegram 12[^1] } text { Text[^a]. } note 1 source { File 740.0011 } note a authorial { By the writer }", """
					<head>Telegram 12<note xml:id="note-1" type="source" place="foot" n="1">File 740.0011</note></head>
					<p>Text<note xml:id="note-a" type="authorial" place="foot" n="a">By the writer</note>.</p>
					"""),
			new Construct("only opener and closer", "opener { <salute|Dear Mother,> } closer { <signed|Anna> }", """
					<opener>
					<salute>Dear Mother,</salute>
					</opener>
					<p/>
					<closer>
					<signed>Anna</signed>
					</closer>
					"""));

	private static String letter(String title, String items) {
		return "letter l-1 {\n  " + title + "\n  from anna to luise date 1893-05-14\n  hand pencil \"a later pencil\"\n  " + items + "\n}\n";
	}

	@TempDir
	static Path root;

	/** One schema for all: compiling tei_all takes a while. */
	private static final RelaxNgSchema TEI = RelaxNgSchema.tei();

	private static final Map<String, Exported> EXPORTS = new ConcurrentHashMap<>();

	@TestFactory
	Stream<DynamicContainer> eachConstruct() {
		return CONSTRUCTS.stream().map(construct -> DynamicContainer.dynamicContainer(construct.name(), Stream.of(
				DynamicTest.dynamicTest("exports to its TEI", () -> assertEquals(construct.body(), body(exported(construct).tei()))),
				DynamicTest.dynamicTest("is valid against tei_all", () -> assertEquals(List.of(), exported(construct).errors())),
				DynamicTest.dynamicTest("reads the same after export", () -> {
					Exported exported = exported(construct);
					assertEquals(RoundTrip.transcribed(exported.document()), RoundTrip.exported(exported.tei()));
				}))));
	}

	private static Exported exported(Construct construct) throws Exception {
		Exported exported = EXPORTS.get(construct.name());
		if (exported == null) {
			exported = export(letter("title \"T\"", construct.items()));
			EXPORTS.put(construct.name(), exported);
		}
		return exported;
	}

	@Test
	void aFootnoteOnTheTitleStandsAfterTheTitle() throws Exception {
		String tei = export(letter("title \"The Ambassador in the Soviet Union to the Secretary of State\" [^1]",
				"text { Text. } note 1 source { Telegram 740.0011/22613 }")).tei();
		assertEquals("""
				<title>The Ambassador in the Soviet Union to the Secretary of State<note xml:id="note-1" type="source" place="foot" n="1">Telegram 740.0011/22613</note></title>
				""", tei.lines().filter(line -> line.contains("<title>")).map(String::strip).collect(Collectors.joining("\n", "", "\n")));
	}

	private record Exported(Document document, String tei, List<String> errors) {
	}

	private static Exported export(String letter) throws IOException, org.xml.sax.SAXException {
		Path folder = Files.createTempDirectory(root, "letter");
		Files.writeString(folder.resolve("register.chancery"), REGISTER);
		Files.writeString(folder.resolve("letter.chancery"), letter);
		Corpus corpus = ExportAssertions.load(folder);
		for (Resource resource : corpus.resources()) {
			assertEquals(List.of(), resource.getErrors(), "syntax errors");
		}
		Map<String, String> files = ExportAssertions.produce(new TeiExport(), corpus);
		Path file = folder.resolve("l-1.xml");
		Files.writeString(file, files.get("l-1.xml"));
		Document document = corpus.resources().stream().map(r -> (ChanceryFile) r.getContents().get(0))
				.flatMap(f -> f.getMembers().stream()).filter(Document.class::isInstance).map(Document.class::cast).findFirst().orElseThrow();
		return new Exported(document, files.get("l-1.xml"), TEI.errors(file));
	}

	/** The lines between body's tags, stripped of their indentation. */
	private static String body(String tei) {
		String inner = tei.substring(tei.indexOf("<body>") + "<body>".length(), tei.lastIndexOf("</body>"));
		return inner.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n", "", "\n"));
	}
}

package org.chancery.lang.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chancery.help.MarkdownPages;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.junit.jupiter.api.Test;

/** Help › Help Contents: the pages of docs/, as a table of contents and HTML made from their Markdown; About names the version. */
class HelpTest {

	@Test
	void theTableOfContentsListsEveryPageOfTheDocsUnderItsHeading() throws Exception {
		IToc toc = Arrays.stream(HelpSystem.getTocs()).filter(candidate -> "Chancery User Guide".equals(candidate.getLabel()))
				.findFirst().orElseThrow(() -> new AssertionError("no Chancery User Guide among the help's books"));

		List<String> topics = Arrays.stream(toc.getTopics()).map(topic -> topic.getHref() + " " + topic.getLabel()).sorted().toList();

		List<String> pages;
		try (Stream<Path> docs = Files.list(ExampleProjects.checkoutRoot().resolve("docs"))) {
			pages = docs.filter(path -> path.toString().endsWith(".md")).map(HelpTest::topicOf).sorted().toList();
		}
		assertEquals(pages, topics.stream().map(topic -> topic.replaceFirst("^/org.chancery.help/", "")).toList());
	}

	@Test
	void aPageIsTheHtmlOfItsMarkdown() throws Exception {
		String html;
		try (InputStream in = new MarkdownPages().getInputStream(MarkdownPages.BUNDLE, "docs/language.html", Locale.ENGLISH)) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertTrue(html.contains("<title>The Chancery language — one page</title>"), html.substring(0, 300));
		assertTrue(html.contains("<h1>The Chancery language — one page</h1>"), "the page's heading");
		assertTrue(html.contains("<h2>Register entries (any file, usually <code>registers/*.chancery</code>)</h2>"),
				"a section heading of docs/language.md");
	}

	@Test
	void aboutNamesTheVersion() throws Exception {
		String plugin = Files.readString(ExampleProjects.checkoutRoot().resolve("bundles/org.chancery.app/plugin.xml"));
		String manifest = Files.readString(ExampleProjects.checkoutRoot().resolve("bundles/org.chancery.app/META-INF/MANIFEST.MF"));
		Matcher version = Pattern.compile("Bundle-Version: (\\d+\\.\\d+\\.\\d+)").matcher(manifest);
		assertTrue(version.find());
		Matcher about = Pattern.compile("name=\"aboutText\" value=\"([^\"]*)\"").matcher(plugin);
		assertTrue(about.find());

		assertTrue(about.group(1).startsWith("Chancery, version " + version.group(1) + ":"), about.group(1));
	}

	/** "docs/language.html The Chancery language — one page": a page's topic as the table of contents should list it. */
	private static String topicOf(Path markdown) {
		try {
			String heading = Files.readAllLines(markdown).stream().filter(line -> line.startsWith("# ")).findFirst()
					.orElseThrow().substring(2);
			return "docs/" + markdown.getFileName().toString().replaceFirst("\\.md$", ".html") + " " + heading;
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}

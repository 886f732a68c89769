package org.chancery.lang.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Markdown of hovers and of the documentation, as HTML. */
class MarkdownTest {

	@Test
	void aHoverCard() {
		assertEquals("<p><b>N. A. Kudashev</b> (person <code>kudashev</code>)</p>\n<ul>\n<li>Variants: N.A. Kudashev; Kudashev</li>\n"
				+ "<li>Offices: Russian Ambassador to China</li>\n</ul>\n",
				Markdown.toHtml("**N. A. Kudashev** (person `kudashev`)\n\n- Variants: N.A. Kudashev; Kudashev\n"
						+ "- Offices: Russian Ambassador to China"));
	}

	@Test
	void escapedCharactersAndHtmlStayText() {
		assertEquals("<p>VKP(b) *not emphasis* &lt;tag&gt; a_b</p>\n", Markdown.toHtml("VKP(b) \\*not emphasis\\* <tag> a_b"));
	}

	@Test
	void headingsLinksImagesAndCode() {
		assertEquals("<h1>The editor</h1>\n<p>See <a href=\"language.md\">the language</a>.</p>\n"
				+ "<p><img src=\"images/editor.png\" alt=\"The editor\"/></p>\n<pre><code>./mvnw verify\n&lt;x&gt;\n</code></pre>\n",
				Markdown.toHtml("# The editor\n\nSee [the language](language.md).\n\n![The editor](images/editor.png)\n\n"
						+ "```\n./mvnw verify\n<x>\n```\n"));
	}

	@Test
	void aTableWithCodeAndABarInACell() {
		assertEquals("<table>\n<tr><th>command</th><th>what</th></tr>\n"
				+ "<tr><td><code>export --format tei|cmif</code></td><td>atomic <i>export</i></td></tr>\n</table>\n",
				Markdown.toHtml("| command | what |\n|---|---|\n| `export --format tei|cmif` | atomic *export* |\n"));
	}

	@Test
	void aNumberedListWithContinuationLines() {
		assertEquals("<ol>\n<li>open the corpus and read</li>\n<li>export</li>\n</ol>\n",
				Markdown.toHtml("1. open the corpus\n   and read\n2. export\n"));
	}
}

package org.chancery.lang.ide.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.chancery.lang.ide.ExampleCorpus;
import org.chancery.lang.ide.ExampleCorpus.OpenFile;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** Formatting through the language server's service: the whole text after the edits. */
class ChanceryFormatterTest {

	@Test
	void indentsEntriesAndMetadataAndLeavesProseAlone() {
		assertFormatted(new FormattingOptions(2, true), """
				   person p {
				name "P"
				        variant "Q",
				           "R"
				     }
				telegram t {
				title "T"   // the title
				      from p
				   date 1917   event 1916
				text {
				      Prose   keeps
				   its    lines.
				      }
				      note 1 {   A   note. }
				letter inner {
				title "Inner"
				}
				    }
				""", """
				person p {
				  name "P"
				  variant "Q",
				           "R"
				}
				telegram t {
				  title "T"   // the title
				  from p
				  date 1917   event 1916
				  text {
				      Prose   keeps
				   its    lines.
				      }
				  note 1 {   A   note. }
				  letter inner {
				    title "Inner"
				  }
				}
				""");
	}

	@Test
	void usesTheClientsIndentation() {
		assertFormatted(new FormattingOptions(4, false), """
				place x {
				  name "X"
				}
				""", """
				place x {
				\tname "X"
				}
				""");
	}

	@Test
	void theExampleCorpusIsFormattedAlready() {
		for (String path : List.of("seeds/refugee-massacre-1917.chancery", "seeds/wilson-center-xinjiang.chancery",
				"seeds/registers/persons.chancery", "seeds/registers/places.chancery")) {
			OpenFile file = ExampleCorpus.open(path);
			assertEquals(List.of(), format(file, new FormattingOptions(2, true)), path);
		}
	}

	@Test
	void aRangeFormatsOnlyItsLines() {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", """
				person a {
				name "A"
				}
				person b {
				name "B"
				}
				""");
		DocumentRangeFormattingParams params = new DocumentRangeFormattingParams(new TextDocumentIdentifier("new"),
				new FormattingOptions(2, true), new Range(new Position(4, 0), new Position(4, 8)));
		List<? extends TextEdit> edits = service().format(file.document(), file.resource(), params, CancelIndicator.NullImpl);
		assertEquals("""
				person a {
				name "A"
				}
				person b {
				  name "B"
				}
				""", apply(file, edits));
	}

	@Test
	void indentsSessionsSectionsAndTheBlocksOfALetter() {
		assertFormatted(new FormattingOptions(2, true), """
				letter l {
				hand pencil "a pencil"
				      session {
				opener { <dateline|Sunday> }
				    section {
				text {
				  Prose   stays.
				        }
				     }
				        }
				  postscript { P.S. }
				       }
				hand clerk
				""", """
				letter l {
				  hand pencil "a pencil"
				  session {
				    opener { <dateline|Sunday> }
				    section {
				      text {
				  Prose   stays.
				        }
				    }
				  }
				  postscript { P.S. }
				}
				hand clerk
				""");
	}

	private static void assertFormatted(FormattingOptions options, String text, String expected) {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", text);
		assertEquals(expected, apply(file, format(file, options)));
	}

	private static List<? extends TextEdit> format(OpenFile file, FormattingOptions options) {
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier("new"), options);
		return service().format(file.document(), file.resource(), params, CancelIndicator.NullImpl);
	}

	/** Applies the edits, last first, so that each edit's range still means the original text. */
	private static String apply(OpenFile file, List<? extends TextEdit> edits) {
		StringBuilder text = new StringBuilder(file.text());
		edits.stream().sorted(Comparator.comparingInt((TextEdit edit) -> file.document().getOffSet(edit.getRange().getStart())).reversed())
				.forEach(edit -> text.replace(file.document().getOffSet(edit.getRange().getStart()),
						file.document().getOffSet(edit.getRange().getEnd()), edit.getNewText()));
		return text.toString();
	}

	private static FormattingService service() {
		return ExampleCorpus.INJECTOR.getInstance(FormattingService.class);
	}
}

package org.chancery.lang.ui.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.tests.Assists;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+Space at a marked offset proposes register ids of the whole corpus. */
class ContentAssistTest {

	private static final String CURSOR = "<|>";

	/** Every document of the example corpus, by the earliest day it is dated; undated ones last. */
	private static final String[] REPLIES_TO_ORDER = { "1917-06-09-zhu-liu-joint-telegram",
			"1917-06-09-zhu-telegram",
			"1917-06-chen-telegram" /* dated before 1917-06-09: sorts at that day */,
			"1917-06-13-yang-telegram",
			"1917-06-14-ministry-telegram",
			"1917-06-21-gao-kudashev-meeting",
			"1917-07-02-liu-telegram",
			"1935-07-16-politburo-minutes-42",
			"1936-06-17-soviet-trade-with-xinjiang",
			"1940-10-26-politburo-minutes-21",
			"1942-05-10-sheng-to-stalin-molotov-voroshilov",
			"1942-07-03-molotov-to-sheng",
			"1944-03-23-wilgress-to-mackenzie-king",
			"1945-07-09-soong-stalin-meeting",
			"1947-01-12-petrov-zhang-conversation",
			"1949-10-14-filipov-to-kovalev",
			/* undated */ "apresov-earlier-telegram",
			"refugee-massacre-xinjiang-borderlands",
			"stalin-molotov-voroshilov-to-apresov" };

	private static final String[] KEYWORDS_AFTER_RE = { "received", "replies-to", "report" };

	private static final String LETTER = """
			letter 1942-07-04-assist {
			  title "Content assist"
			  from yang<|>
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/**
	 * The letter names nobody in its metadata, so that no register is loaded before content
	 * assist: the proposals must come from the index, not from the files the editor happens to
	 * have loaded.
	 */
	@Test
	void acceptingAMentionAfterTheOpeningBracketInsertsTheIdAndItsBar() throws Exception {
		IProject project = ExampleProjects.get("contentassist-mention");
		String letter = """
				letter 1942-07-06-mention {
				  title "Mention"
				  date 1942-07-06
				  text {
				    A meeting with <|>
				  }
				}
				""";
		IFile file = project.getFile("mention.chancery");
		file.create(new ByteArrayInputStream(letter.replace(CURSOR, "").getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);
		int start = letter.indexOf(CURSOR);
		Editors.editAndReconcile(editor, () -> type(editor, start, "<kud"));
		int offset = start + "<kud".length();

		List<String> ids = labels(editor, offset).stream().map(label -> label.split(" ")[0]).toList();
		assertEquals(List.of("kudashev", "1917-06-21-gao-kudashev-meeting"), ids,
				"every entry and document of the corpus with a word of its id or name starting with kud");
		Assists.apply(editor.getViewer(), Assists.proposal(editor, offset, "kudashev"), offset);

		assertEquals(letter.replace(CURSOR, "<kudashev|>"), editor.getDocument().get(), "the bar and the closing >");
		assertEquals(start + "<kudashev|".length(), editor.getViewer().getSelectedRange().x,
				"the caret waits for the words, before the closing >");
	}

	@Test
	void aMentionBeforeAClosingBracketGetsItsBarOnly() throws Exception {
		IProject project = ExampleProjects.get("contentassist-mention");
		String letter = """
				letter 1942-07-08-mention {
				  title "Mention"
				  date 1942-07-08
				  text {
				    A meeting with <|>Kudashev>.
				  }
				}
				""";
		IFile file = project.getFile("mention-closed.chancery");
		file.create(new ByteArrayInputStream(letter.replace(CURSOR, "").getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);
		int start = letter.indexOf(CURSOR);
		Editors.editAndReconcile(editor, () -> type(editor, start, "<kud"));
		int offset = start + "<kud".length();

		Assists.apply(editor.getViewer(), Assists.proposal(editor, offset, "kudashev"), offset);

		assertEquals(letter.replace(CURSOR, "<kudashev|"), editor.getDocument().get(), "no second >");
		assertEquals(start + "<kudashev|".length(), editor.getViewer().getSelectedRange().x);
	}

	@Test
	void repliesToProposesEveryOtherDocumentEarliestFirst() throws Exception {
		IProject project = ExampleProjects.get("contentassist-replies");
		String letter = """
				letter 1942-07-09-reply {
				  title "Reply"
				  from stalin
				  to molotov
				  date 1942-07-09
				  replies-to <|>
				}
				""";
		IFile file = project.getFile("reply.chancery");
		file.create(new ByteArrayInputStream(letter.replace(CURSOR, "").getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);

		List<String> ids = labels(editor, letter.indexOf(CURSOR)).stream().map(label -> label.split(" ")[0]).toList();

		assertEquals(List.of(REPLIES_TO_ORDER), ids);
	}

	@Test
	void keywordsAreThoseTheTypedWordStarts() throws Exception {
		IProject project = ExampleProjects.get("contentassist-keywords");
		String letter = """
				letter 1942-07-10-keywords {
				  title "Keywords"
				  from stalin
				  to molotov
				  date 1942-07-10
				  <|>
				}
				""";
		IFile file = project.getFile("keywords.chancery");
		file.create(new ByteArrayInputStream(letter.replace(CURSOR, "").getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);
		int start = letter.indexOf(CURSOR);
		Editors.editAndReconcile(editor, () -> type(editor, start, "re"));

		assertEquals(List.of(KEYWORDS_AFTER_RE), labels(editor, start + 2));
	}

	private static void type(ChanceryEditor editor, int offset, String typed) {
		try {
			editor.getDocument().replace(offset, 0, typed);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		}
		editor.getViewer().setSelectedRange(offset + typed.length(), 0);
	}

	private static List<String> labels(ChanceryEditor editor, int offset) {
		return Arrays.stream(editor.contentAssistProcessor().computeCompletionProposals(editor.getViewer(), offset))
				.map(ICompletionProposal::getDisplayString).toList();
	}

	@Test
	void aDateTemplateTabsBetweenItsPlaceholders() throws Exception {
		IProject project = ExampleProjects.get("contentassist-date");
		String letter = """
				letter 1942-07-07-date {
				  title "Date"
				  from stalin
				  to molotov
				  date bet<|>
				}
				""";
		IFile file = project.getFile("date.chancery");
		file.create(new ByteArrayInputStream(letter.replace(CURSOR, "").getBytes(StandardCharsets.UTF_8)), true, null);
		ChanceryEditor editor = Editors.open(file);
		int offset = letter.indexOf(CURSOR);

		Assists.apply(editor.getViewer(), Assists.proposal(editor, offset, "between"), offset);

		int start = letter.indexOf("bet<|>");
		assertEquals(letter.replace("bet<|>", "between yyyy-mm-dd and yyyy-mm-dd"), editor.getDocument().get());
		assertEquals(new org.eclipse.swt.graphics.Point(start + "between ".length(), "yyyy-mm-dd".length()),
				editor.getViewer().getSelectedRange(), "the first placeholder is selected, to be typed over");
	}

	@Test
	void proposesTheSendersWhoseIdStartsWithTheTypedWord() throws Exception {
		IProject project = ExampleProjects.get("contentassist");
		IFile file = project.getFile("assist.chancery");
		int offset = LETTER.indexOf(CURSOR);
		String text = LETTER.replace(CURSOR, "");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		ChanceryEditor editor = Editors.open(file);

		ICompletionProposal[] proposals = editor.contentAssistProcessor().computeCompletionProposals(editor.getViewer(), offset);

		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertEquals(List.of("yang-zengxin — Yang Zengxin – person"), labels);

		proposals[0].apply(editor.getDocument());
		assertEquals(text.replace("from yang\n", "from yang-zengxin\n"), editor.getDocument().get());
	}
}

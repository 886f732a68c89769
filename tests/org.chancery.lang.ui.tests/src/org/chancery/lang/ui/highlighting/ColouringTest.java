package org.chancery.lang.ui.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.chancery.lang.ui.editor.ChanceryEditor;
import org.chancery.lang.ui.editor.IssueAnnotation;
import org.chancery.lang.ui.editor.ProblemAnnotations;
import org.chancery.lang.ui.navigation.ReferencesView;
import org.chancery.lang.ui.tests.Assists;
import org.chancery.lang.ui.tests.Editors;
import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Keys;
import org.chancery.lang.ui.tests.Services;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Colouring is the union of token, semantic and occurrence styles at every moment: after each way
 * the caret lands on an id (click, F3, a References double-click, Find, a quick fix, content
 * assist), every keyword of the text widget still has the keyword colour (or the semantic colour
 * laid over it, as a fresh editor shows it).
 */
class ColouringTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aClickOnAnIdKeepsEveryKeywordsColour() throws Exception {
		ChanceryEditor editor = openSettled("colouring-click", "wilson-center-xinjiang.chancery");
		assertKeywordsColoured(editor, "fresh");

		Keys.click(editor.getViewer().getTextWidget(), Editors.offsetOf(editor, "<stalin|", 0) + 3);
		settleOccurrences(editor);

		assertEquals(Editors.offsetOf(editor, "<stalin|", 0) + 3, editor.getCaretOffset());
		assertKeywordsColoured(editor, "after a click on stalin");
	}

	@Test
	void openDeclarationKeepsTheColoursOfBothFiles() throws Exception {
		ChanceryEditor editor = openSettled("colouring-f3", "wilson-center-xinjiang.chancery");
		Keys.click(editor.getViewer().getTextWidget(), Editors.offsetOf(editor, "to kovalev", 0) + 5);
		settleOccurrences(editor);

		Keys.command("org.chancery.lang.ui.openDeclaration");
		ChanceryEditor register = settledActiveEditor();

		assertEquals("persons.chancery", register.getEditorInput().getName());
		assertKeywordsColoured(register, "the register after F3");
		Workbench.page().activate(editor);
		settle(editor);
		assertKeywordsColoured(editor, "the document after F3");
	}

	@Test
	void aReferencesDoubleClickKeepsEveryKeywordsColour() throws Exception {
		ChanceryEditor editor = openSettled("colouring-references", "wilson-center-xinjiang.chancery");
		Keys.click(editor.getViewer().getTextWidget(), Editors.offsetOf(editor, "<urumchi|", 0) + 2);
		settleOccurrences(editor);
		Keys.command("org.chancery.lang.ui.findReferences");
		ReferencesView view = (ReferencesView) Workbench.page().findView(ReferencesView.ID);
		Tree tree = (Tree) view.getViewer().getControl();
		TreeItem last = lastLeaf(tree);
		view.getViewer().setSelection(new StructuredSelection(last.getData()), true);
		Event doubleClick = new Event();
		doubleClick.item = last;
		tree.notifyListeners(SWT.DefaultSelection, doubleClick);

		ChanceryEditor target = settledActiveEditor();
		Location location = (Location) last.getData();
		assertTrue(location.getUri().endsWith(target.getEditorInput().getName()), location.getUri());
		assertKeywordsColoured(target, "after a double-click in the References view");
	}

	@Test
	void findKeepsEveryKeywordsColour() throws Exception {
		ChanceryEditor editor = openSettled("colouring-find", "wilson-center-xinjiang.chancery");
		IFindReplaceTarget find = editor.getAdapter(IFindReplaceTarget.class);
		int found = find.findAndSelect(0, "hami", true, false, true);

		assertEquals(Editors.offsetOf(editor, "<hami|", 0) + 1, found);
		settleOccurrences(editor);
		assertKeywordsColoured(editor, "after Find selected ‘hami’");
	}

	@Test
	void aQuickFixKeepsEveryKeywordsColour() throws Exception {
		ChanceryEditor editor = openSettled("colouring-quickfix", "wilson-center-xinjiang.chancery");
		int id = Editors.offsetOf(editor, "<hami|", 0) + 1;
		Editors.editAndReconcile(editor, () -> replace(editor.getDocument(), id + "ham".length(), 1, "y"));
		Workbench.waitUntil("the error on ‘hamy’", () -> ProblemAnnotations.of(editor.getViewer().getAnnotationModel())
				.stream().anyMatch(a -> a.getType().equals(IssueAnnotation.ERROR)));

		Keys.click(editor.getViewer().getTextWidget(), id + 2);
		ICompletionProposal fix = Assists.quickFix(editor, id + 2, "Change to ‘hami’");
		Editors.editAndReconcile(editor, () -> Assists.apply(editor.getViewer(), fix, id + 2));
		// the caret rests on the id just fixed
		Keys.click(editor.getViewer().getTextWidget(), id + 2);
		settleOccurrences(editor);

		assertEquals(List.of(), ProblemAnnotations.of(editor.getViewer().getAnnotationModel()).stream()
				.filter(a -> a.getType().equals(IssueAnnotation.ERROR)).map(a -> a.getText()).toList());
		assertKeywordsColoured(editor, "after the quick fix");
	}

	@Test
	void contentAssistKeepsEveryKeywordsColour() throws Exception {
		ChanceryEditor editor = openSettled("colouring-assist", "wilson-center-xinjiang.chancery");
		int at = Editors.offsetOf(editor, "molotov, voroshilov\n  undated", 0) + "molotov, vorosh".length();
		Editors.editAndReconcile(editor, () -> {
			replace(editor.getDocument(), at, "ilov".length(), "");
			editor.getViewer().setSelectedRange(at, 0);
		});
		ICompletionProposal voroshilov = Assists.proposal(editor, at, "voroshilov");
		Editors.editAndReconcile(editor, () -> Assists.apply(editor.getViewer(), voroshilov, at));
		settleOccurrences(editor);

		assertKeywordsColoured(editor, "after content assist");
	}

	// ---------------------------------------------------------------------------------------- helpers

	private static ChanceryEditor openSettled(String projectName, String file) throws Exception {
		IProject project = ExampleProjects.get(projectName);
		ChanceryEditor editor = Editors.open(project.getFile(file));
		editor.getSite().getShell().setBounds(0, 0, 1280, 1024);
		settle(editor);
		return editor;
	}

	private static ChanceryEditor settledActiveEditor() throws Exception {
		IEditorPart active = Workbench.page().getActiveEditor();
		ChanceryEditor editor = (ChanceryEditor) active;
		Workbench.waitUntil("the first reconcile of " + active.getTitle(),
				() -> editor.getReconcilingStrategy().completedReconciles() > 0);
		settleOccurrences(editor);
		return editor;
	}

	/** Waits until the semantic colours of the last reconcile are on screen, and a little more. */
	private static void settle(ChanceryEditor editor) throws InterruptedException {
		Workbench.waitUntil("semantic highlighting", () -> !editor.getSemanticHighlighter().describe().isEmpty());
		Workbench.sleep(400);
	}

	/** Waits for the occurrences of the id at the caret, and for the painter to show them. */
	private static void settleOccurrences(ChanceryEditor editor) throws InterruptedException {
		settle(editor);
		Workbench.waitUntil("marked occurrences", () -> editor.getOccurrences().markedCount() > 0);
		Workbench.sleep(600);
	}

	/**
	 * Every keyword of the editor's text, by the runtime lexer, has the colour and font of the
	 * keyword style, or of the semantic style that covers it.
	 */
	static void assertKeywordsColoured(ChanceryEditor editor, String when) {
		StyledText widget = editor.getViewer().getTextWidget();
		String text = editor.getDocument().get();
		List<int[]> semantic = semanticRanges(editor, text);
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (int[] keyword : keywords(text)) {
			TextAttribute keywordStyle = Services.styles().attributeOf(HighlightingStyles.KEYWORD_ID);
			RGB expectedColour = keywordStyle.getForeground().getRGB();
			int expectedFont = keywordStyle.getStyle();
			for (int[] range : semantic) {
				if (range[0] <= keyword[0] && keyword[1] <= range[0] + range[1]) {
					// the semantic colour is laid over the keyword; font styles add up
					TextAttribute over = Services.styles().attributeOf(semanticStyle(editor, text, range));
					expectedColour = over.getForeground().getRGB();
					expectedFont |= over.getStyle();
					break;
				}
			}
			StyleRange actual = widget.getStyleRangeAtOffset(keyword[0]);
			RGB colour = actual == null || actual.foreground == null ? new RGB(0, 0, 0) : actual.foreground.getRGB();
			int fontStyle = actual == null ? SWT.NORMAL : actual.fontStyle;
			checked++;
			if (!colour.equals(expectedColour) || fontStyle != expectedFont) {
				wrong.add("line " + (widget.getLineAtOffset(keyword[0]) + 1) + " ‘" + text.substring(keyword[0], keyword[1]) + "’ "
						+ colour + (fontStyle == SWT.BOLD ? " bold" : ""));
			}
		}
		assertTrue(checked > 20, "a text with keywords");
		assertEquals(List.of(), wrong, "keywords without their colour " + when);
	}

	private static final List<String[]> SEMANTIC_STYLES = new ArrayList<>();

	/** The semantic highlights of the text as [offset, length, index into SEMANTIC_STYLES]. */
	private static List<int[]> semanticRanges(ChanceryEditor editor, String text) {
		ISemanticHighlightingCalculator calculator = Services.get(ISemanticHighlightingCalculator.class);
		return editor.getEditorResource().read(text, parsed -> {
			List<int[]> ranges = new ArrayList<>();
			calculator.provideHighlightingFor(parsed, (offset, length, ids) -> {
				SEMANTIC_STYLES.add(ids);
				ranges.add(new int[] { offset, length, SEMANTIC_STYLES.size() - 1 });
			}, CancelIndicator.NullImpl);
			return ranges;
		});
	}

	private static String semanticStyle(ChanceryEditor editor, String text, int[] range) {
		return SEMANTIC_STYLES.get(range[2])[0];
	}

	/** [start, end) of every keyword token that is a word. */
	static List<int[]> keywords(String text) {
		Lexer lexer = Services.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		AbstractAntlrTokenToAttributeIdMapper mapper = Services.get(org.chancery.lang.ui.editor.EditorServices.class).tokenStyles();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<int[]> result = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			if (HighlightingStyles.KEYWORD_ID.equals(mapper.getId(token.getType()))
					&& Character.isLetter(token.getText().charAt(0))) {
				CommonToken common = (CommonToken) token;
				result.add(new int[] { common.getStartIndex(), common.getStopIndex() + 1 });
			}
		}
		return result;
	}

	private static void replace(IDocument document, int offset, int length, String text) {
		try {
			document.replace(offset, length, text);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static TreeItem lastLeaf(Tree tree) {
		Workbench.waitUntil("references", () -> tree.getItemCount() > 0);
		TreeItem file = tree.getItem(tree.getItemCount() - 1);
		file.setExpanded(true);
		return file.getItem(file.getItemCount() - 1);
	}
}

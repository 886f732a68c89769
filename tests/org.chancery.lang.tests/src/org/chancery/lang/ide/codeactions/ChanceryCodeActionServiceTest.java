package org.chancery.lang.ide.codeactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chancery.lang.ide.ExampleCorpus;
import org.chancery.lang.ide.ExampleCorpus.OpenFile;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;

/**
 * Quick fixes for the issues of a new file in the example corpus, as a client asks for them:
 * each diagnostic with its code and data. Printed per action: its title (* if preferred), then
 * each edit as "file line:column-line:column ⇒ new text", 1-based.
 */
class ChanceryCodeActionServiceTest {

	private static final String URI = "file:///new.chancery";

	@Test
	void anUnresolvedMentionCanBecomeARegisterEntryOfEachKind() {
		assertCodeActions("""
				letter l {
				  title "T"
				  from stalin
				  to kovalev
				  date 1949-10-14
				  text { <ma-zhongying|General Ma Zhongying> moved on <hami|Hami>. }
				}
				""", ChanceryIssueCodes.UNRESOLVED_REFERENCE, """
				Create person ‘ma-zhongying’ in persons.chancery
				  seeds/registers/persons.chancery 160:1-160:1 ⇒ \\nperson ma-zhongying {\\n  name "General Ma Zhongying"\\n}\\n
				Create place ‘ma-zhongying’ in places.chancery
				  seeds/registers/places.chancery 133:1-133:1 ⇒ \\nplace ma-zhongying {\\n  name "General Ma Zhongying"\\n}\\n
				Create organisation ‘ma-zhongying’ in organisations.chancery
				  seeds/registers/organisations.chancery 72:1-72:1 ⇒ \\norganisation ma-zhongying {\\n  name "General Ma Zhongying"\\n}\\n
				Create publication ‘ma-zhongying’ in publications.chancery
				  seeds/registers/publications.chancery 14:1-14:1 ⇒ \\npublication ma-zhongying {\\n  name "General Ma Zhongying"\\n}\\n
				""");
	}

	@Test
	void aNearMissIdCanBeReplacedByTheCloseOne() {
		assertCodeActions("""
				telegram t {
				  title "T"
				  from stalln
				  to kovalev
				  date 1949-10-14
				}
				""", ChanceryIssueCodes.UNRESOLVED_REFERENCE, """
				Change to ‘stalin’ *
				  new.chancery 3:8-3:14 ⇒ stalin
				Create person ‘stalln’ in persons.chancery
				  seeds/registers/persons.chancery 160:1-160:1 ⇒ \\nperson stalln {\\n  name "Stalln"\\n}\\n
				Create organisation ‘stalln’ in organisations.chancery
				  seeds/registers/organisations.chancery 72:1-72:1 ⇒ \\norganisation stalln {\\n  name "Stalln"\\n}\\n
				""");
	}

	@Test
	void aMissingDateCanBeStatedAsUndated() {
		assertCodeActions("""
				telegram t {
				    title "T"
				    from stalin
				    to kovalev
				    text { No date. }
				}
				""", ChanceryIssueCodes.MISSING_DATE, """
				State that the document is undated
				  new.chancery 4:15-4:15 ⇒ \\n    undated
				""");
	}

	@Test
	void anUndeclaredHandCanBeDeclaredInTheDocumentOrForTheCorpus() {
		assertCodeActions("""
				letter l {
				  title "T"
				  from stalin
				  to kovalev
				  date 1949-10-14
				  text { <hand clerk>A clerk's note. }
				}
				""", ChanceryIssueCodes.UNDECLARED_HAND, """
				Declare hand ‘clerk’ in this document *
				  new.chancery 5:18-5:18 ⇒ \\n  hand clerk
				Declare hand ‘clerk’ for the corpus in register.chancery
				  letters/register.chancery 42:1-42:1 ⇒ hand clerk\\n
				""");
	}

	@Test
	void aMentionsWordsCanBecomeAVariantOfItsEntry() {
		assertCodeActions("""
				letter l {
				  title "T"
				  from stalin
				  to kovalev
				  date 1949-10-14
				  text { Ambassador <kudashev|Kudashov> called on <bakulin|Bakoulin>. }
				}
				""", ChanceryIssueCodes.NAME_MISMATCH, """
				Add ‘Kudashov’ as a variant of kudashev *
				  seeds/registers/persons.chancery 40:38-40:38 ⇒ , "Kudashov"
				Add ‘Bakoulin’ as a variant of bakulin *
				  seeds/registers/persons.chancery 128:17-128:17 ⇒ \\n  variant "Bakoulin"
				""");
	}

	@Test
	void hasFixesSaysWhetherTheServiceHasAFixForAnIssue() {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", """
				letter l {
				  title "T"
				  from stalln
				  text { Ambassador <kudashev|Kudashov> met <nobody-known|someone> and <1999-01-01-x|a letter>. [] <kudashev, urumchi|Kudashev> <hand clerk> }
				  note 1 { A note no marker points to. }
				}
				""");
		List<Issue> issues = ExampleCorpus.INJECTOR.getInstance(IResourceValidator.class)
				.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl);
		IssueFixes fixes = ExampleCorpus.INJECTOR.getInstance(IssueFixes.class);
		ICodeActionService2 service = ExampleCorpus.INJECTOR.getInstance(ICodeActionService2.class);
		List<String> answers = issues.stream().map(issue -> {
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(file.document());
			options.setResource(file.resource());
			options.setURI(URI);
			options.setCancelIndicator(CancelIndicator.NullImpl);
			options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI), new Range(),
					new CodeActionContext(List.of(toDiagnostic(issue, file)))));
			boolean hasFixes = fixes.hasFixes(issue.getCode(), issue.getData() == null ? List.of() : List.of(issue.getData()));
			return issue.getCode() + " " + hasFixes + " " + !service.getCodeActions(options).isEmpty();
		}).sorted().distinct().toList();
		assertEquals(List.of(ChanceryIssueCodes.EMPTY_EDITORIAL + " false false", ChanceryIssueCodes.MISSING_DATE + " true true",
				ChanceryIssueCodes.MISSING_RECIPIENT + " false false", ChanceryIssueCodes.NAME_MISMATCH + " true true",
				ChanceryIssueCodes.NO_SHARED_NAME + " false false", ChanceryIssueCodes.UNDECLARED_HAND + " true true",
				ChanceryIssueCodes.UNREFERENCED_NOTE + " false false", ChanceryIssueCodes.UNRESOLVED_REFERENCE + " true true"),
				answers);
	}

	@Test
	void dataComingBackAsJsonIsReadToo() {
		Diagnostic diagnostic = new Diagnostic(new Range(), "No person has the id ‘stalln’", null, null,
				ChanceryIssueCodes.UNRESOLVED_REFERENCE);
		JsonArray data = new JsonArray();
		List.of("stalln", "", "~stalin").forEach(data::add);
		diagnostic.setData(data);
		assertEquals(List.of("stalln", "", "~stalin"), DiagnosticData.of(diagnostic));
	}

	private static void assertCodeActions(String text, String code, String expected) {
		OpenFile file = ExampleCorpus.openWithCursor("seeds/new.chancery", text);
		List<Issue> issues = ExampleCorpus.INJECTOR.getInstance(IResourceValidator.class)
				.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl);
		List<Diagnostic> diagnostics = issues.stream().filter(issue -> code.equals(issue.getCode()))
				.map(issue -> toDiagnostic(issue, file)).toList();
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(file.document());
		options.setResource(file.resource());
		options.setURI(URI);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI), new Range(),
				new CodeActionContext(diagnostics)));
		List<Either<Command, CodeAction>> actions = ExampleCorpus.INJECTOR.getInstance(ICodeActionService2.class)
				.getCodeActions(options);
		assertEquals(expected, actions.stream().map(action -> print(action.getRight())).collect(Collectors.joining()));
	}

	/** As Xtext's language server publishes an issue. */
	private static Diagnostic toDiagnostic(Issue issue, OpenFile file) {
		Range range = new Range(file.document().getPosition(issue.getOffset()),
				file.document().getPosition(issue.getOffset() + issue.getLength()));
		Diagnostic diagnostic = new Diagnostic(range, issue.getMessage(), null, null, issue.getCode());
		diagnostic.setData(issue.getData());
		return diagnostic;
	}

	private static String print(CodeAction action) {
		StringBuilder out = new StringBuilder(action.getTitle());
		if (Boolean.TRUE.equals(action.getIsPreferred())) {
			out.append(" *");
		}
		out.append('\n');
		for (Map.Entry<String, List<TextEdit>> change : action.getEdit().getChanges().entrySet()) {
			String file = change.getKey().equals(URI) ? "new.chancery" : ExampleCorpus.relative(change.getKey());
			for (TextEdit edit : change.getValue()) {
				out.append("  ").append(file).append(' ').append(range(edit.getRange())).append(" ⇒ ")
						.append(edit.getNewText().replace("\n", "\\n")).append('\n');
			}
		}
		return out.toString();
	}

	private static String range(Range range) {
		return (range.getStart().getLine() + 1) + ":" + (range.getStart().getCharacter() + 1) + "-"
				+ (range.getEnd().getLine() + 1) + ":" + (range.getEnd().getCharacter() + 1);
	}
}

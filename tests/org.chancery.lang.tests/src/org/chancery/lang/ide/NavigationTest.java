package org.chancery.lang.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.chancery.lang.ide.ExampleCorpus.OpenFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * Go to definition, find references and document highlight across the example corpus: Xtext's
 * services with Chancery's corpus-wide ids. Locations print as "file line:column-line:column", 1-based.
 */
class NavigationTest {

	private static final String ARTICLE = "seeds/refugee-massacre-1917.chancery";

	@Test
	void aMentionLeadsToItsRegisterEntryInAnotherFile() {
		OpenFile file = ExampleCorpus.open(ARTICLE);
		assertLocations(definitions(file, file.offsetOf("<chen-guangwei|Chen Guangwei>") + 3), """
				seeds/registers/persons.chancery 16:8-16:21
				""");
	}

	@Test
	void aRepliedToDocumentLeadsToItsDeclaration() {
		OpenFile file = ExampleCorpus.open(ARTICLE);
		assertLocations(definitions(file, file.offsetOf("replies-to 1917-06-14-ministry-telegram") + 13), """
				seeds/refugee-massacre-1917.chancery 103:10-103:38
				""");
	}

	@Test
	void aPersonsReferencesAreEveryDocumentAndLineNamingThem() {
		OpenFile file = ExampleCorpus.open("seeds/registers/persons.chancery");
		assertLocations(references(file, file.offsetOf("person stalin") + 8), """
				seeds/wilson-center-xinjiang.chancery 20:8-20:14
				seeds/wilson-center-xinjiang.chancery 25:6-25:12
				seeds/wilson-center-xinjiang.chancery 43:23-43:29
				seeds/wilson-center-xinjiang.chancery 47:148-47:154
				seeds/wilson-center-xinjiang.chancery 47:505-47:511
				seeds/wilson-center-xinjiang.chancery 66:6-66:12
				seeds/wilson-center-xinjiang.chancery 76:8-76:14
				seeds/wilson-center-xinjiang.chancery 82:6-82:12
				seeds/wilson-center-xinjiang.chancery 123:6-123:12
				""");
	}

	@Test
	void documentHighlightMarksTheOccurrencesInTheFile() {
		OpenFile file = ExampleCorpus.open(ARTICLE);
		List<? extends DocumentHighlight> highlights = ExampleCorpus.INJECTOR.getInstance(IDocumentHighlightService.class)
				.getDocumentHighlights(file.document(), file.resource(), params(file, file.offsetOf("<liu-jingren|Liu Jingren>") + 3),
						CancelIndicator.NullImpl);
		assertEquals("""
				Read 41:240-41:251
				Read 64:10-64:21
				Read 84:84-84:95
				Read 106:6-106:17
				""", highlights.stream().sorted(Comparator.comparing((DocumentHighlight h) -> h.getRange().getStart().getLine()))
				.map(h -> h.getKind() + " " + range(h.getRange())).collect(Collectors.joining("\n", "", "\n")));
	}

	private static List<? extends Location> definitions(OpenFile file, int offset) {
		return symbols().getDefinitions(file.resource(), offset, access(file), CancelIndicator.NullImpl);
	}

	private static List<? extends Location> references(OpenFile file, int offset) {
		IResourceDescriptions index = ExampleCorpus.INJECTOR.getInstance(ResourceDescriptionsProvider.class)
				.getResourceDescriptions(file.resource().getResourceSet());
		return symbols().getReferences(file.resource(), offset, access(file), index, CancelIndicator.NullImpl);
	}

	private static DocumentSymbolService symbols() {
		return ExampleCorpus.INJECTOR.getInstance(DocumentSymbolService.class);
	}

	private static org.eclipse.lsp4j.DocumentHighlightParams params(OpenFile file, int offset) {
		return new org.eclipse.lsp4j.DocumentHighlightParams(new org.eclipse.lsp4j.TextDocumentIdentifier("file"),
				file.document().getPosition(offset));
	}

	/** Reads every file from the corpus's resource set, as the language server's workspace does. */
	private static IReferenceFinder.IResourceAccess access(OpenFile file) {
		ResourceSet set = file.resource().getResourceSet();
		return new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI uri, IUnitOfWork<R, ResourceSet> work) {
				try {
					return work.exec(set);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
	}

	private static void assertLocations(List<? extends Location> locations, String expected) {
		assertEquals(expected, locations.stream()
				.sorted(Comparator.comparing((Location l) -> ExampleCorpus.relative(l.getUri()))
						.thenComparing(l -> l.getRange().getStart().getLine()).thenComparing(l -> l.getRange().getStart().getCharacter()))
				.map(l -> ExampleCorpus.relative(l.getUri()) + " " + range(l.getRange())).collect(Collectors.joining("\n", "", "\n")));
	}

	static String range(Range range) {
		return (range.getStart().getLine() + 1) + ":" + (range.getStart().getCharacter() + 1) + "-"
				+ (range.getEnd().getLine() + 1) + ":" + (range.getEnd().getCharacter() + 1);
	}
}

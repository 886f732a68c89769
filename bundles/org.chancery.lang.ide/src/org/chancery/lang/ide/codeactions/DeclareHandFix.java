package org.chancery.lang.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Document;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Declares the hand an id names, for {@link ChanceryIssueCodes#UNDECLARED_HAND} (data: the id):
 * "Declare hand ‘clerk’ in this document" adds {@code hand clerk} after the document's metadata
 * ({@link MetadataLines}); where the corpus declares hands in a file of their own (the file with
 * the most corpus-wide hands), "Declare hand ‘clerk’ for the corpus in hands.chancery" appends it
 * there. The declaration states no description or writer: that is for the transcriber to say.
 */
public class DeclareHandFix {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private RegisterFiles registerFiles;

	@Inject
	private UriExtensions uris;

	List<CodeAction> fixes(Diagnostic diagnostic, List<String> data, Options options) {
		if (data.isEmpty() || !(options.getResource() instanceof XtextResource resource)) {
			return List.of();
		}
		String id = data.get(0);
		List<CodeAction> fixes = new ArrayList<>();
		EObject element = offsets.resolveContainedElementAt(resource, options.getDocument().getOffSet(diagnostic.getRange().getStart()));
		// a document quoted inline declares nothing of its own: its text is in the hands of the letter
		Document target = EcoreUtil2.getContainerOfType(element, Document.class);
		if (target != null) {
			CodeAction inDocument = new CodeAction("Declare hand ‘" + id + "’ in this document");
			inDocument.setKind(CodeActionKind.QuickFix);
			inDocument.setIsPreferred(true);
			inDocument.setEdit(new WorkspaceEdit(Map.of(options.getURI(),
					List.of(MetadataLines.append(target, options.getDocument(), "hand " + id)))));
			fixes.add(inDocument);
		}
		registerFiles.fileFor(ChanceryPackage.Literals.HAND, resource).ifPresent(file -> fixes.add(inCorpus(id, file, resource)));
		return fixes;
	}

	private CodeAction inCorpus(String id, URI file, Resource current) {
		String text = RegisterFiles.textOf(file, current);
		Position end = new org.eclipse.xtext.ide.server.Document(1, text).getPosition(text.length());
		String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
		CodeAction action = new CodeAction("Declare hand ‘" + id + "’ for the corpus in " + file.lastSegment());
		action.setKind(CodeActionKind.QuickFix);
		action.setEdit(new WorkspaceEdit(Map.of(uris.toUriString(file), List.of(new TextEdit(new Range(end, end), separator + "hand " + id + "\n")))));
		return action;
	}
}

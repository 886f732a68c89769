package org.chancery.lang.ide.codeactions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;

import com.google.inject.Inject;

/**
 * "Create person ‘nan-mu’ in persons.chancery": appends the register entry an unresolved id
 * asks for, one action per kind of entry the reference allows (data of
 * {@link ChanceryIssueCodes#UNRESOLVED_REFERENCE}: id, surface text, kinds, close ids). The entry
 * goes to the end of the register file for its kind ({@link RegisterFiles}), or of the file being
 * edited when the corpus has none. Its preferred name is the mention's words as written, or, for
 * an id in metadata, the id's words capitalised ("nan-mu" → "Nan Mu"), for the transcriber to correct.
 */
public class CreateRegisterEntryFix {

	/** The kinds of entry a register holds, by the names the issue data uses. */
	private static final Map<String, EClass> REGISTER_KINDS = Map.of(
			"person", ChanceryPackage.Literals.PERSON,
			"place", ChanceryPackage.Literals.PLACE,
			"organisation", ChanceryPackage.Literals.ORGANISATION,
			"publication", ChanceryPackage.Literals.PUBLICATION);

	private static final String INDENT = "  ";

	@Inject
	private RegisterFiles registerFiles;

	@Inject
	private UriExtensions uris;

	/** Whether an entry of this kind (as the issue data names kinds) can be created in a register. */
	static boolean isRegisterKind(String kind) {
		return REGISTER_KINDS.containsKey(kind);
	}

	List<CodeAction> fixes(Diagnostic diagnostic, List<String> data, Options options) {
		if (data.size() < 2) {
			return List.of();
		}
		String id = data.get(0);
		String name = data.get(1).isBlank() ? nameFromId(id) : data.get(1).strip().replaceAll("\\s+", " ");
		List<CodeAction> fixes = new ArrayList<>();
		for (String kind : data.subList(2, data.size())) {
			EClass type = REGISTER_KINDS.get(kind);
			if (type != null) {
				fixes.add(fix(kind, type, id, name, options));
			}
		}
		return fixes;
	}

	private CodeAction fix(String kind, EClass type, String id, String name, Options options) {
		Resource current = options.getResource();
		URI target = registerFiles.fileFor(type, current).orElse(current.getURI());
		String text = RegisterFiles.textOf(target, current);
		Position end = new Document(1, text).getPosition(text.length());
		String separator = text.isEmpty() ? "" : text.endsWith("\n") ? "\n" : "\n\n";
		String entry = separator + kind + " " + id + " {\n" + INDENT + "name \"" + escape(name) + "\"\n}\n";
		CodeAction action = new CodeAction("Create " + kind + " ‘" + id + "’ in " + target.lastSegment());
		action.setKind(CodeActionKind.QuickFix);
		action.setEdit(new WorkspaceEdit(Map.of(uris.toUriString(target), List.of(new TextEdit(new Range(end, end), entry)))));
		return action;
	}

	static String nameFromId(String id) {
		return Arrays.stream(id.split("-")).filter(word -> !word.isEmpty())
				.map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
				.collect(Collectors.joining(" "));
	}

	private static String escape(String name) {
		return name.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}

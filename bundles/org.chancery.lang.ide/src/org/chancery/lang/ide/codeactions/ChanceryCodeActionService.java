package org.chancery.lang.ide.codeactions;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.validation.ChanceryIssueCodes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.service.OperationCanceledManager;

import com.google.inject.Inject;

/**
 * Quick fixes for the diagnostics a client sends back with a code action request, keyed on
 * Chancery's issue codes ({@link ChanceryIssueCodes}) and reading the data each issue carries:
 * <ul>
 * <li>{@code UNRESOLVED_REFERENCE}: create the missing entry in the register file of each kind
 * the reference allows ({@link CreateRegisterEntryFix}), and change the id to each close id the
 * diagnostic names ({@link ReplaceWithCloseIdFix});</li>
 * <li>{@code MISSING_DATE}: state {@code undated} ({@link InsertUndatedFix});</li>
 * <li>{@code UNDECLARED_HAND}: declare the hand in the document or for the corpus
 * ({@link DeclareHandFix});</li>
 * <li>{@code NAME_MISMATCH}: add the mention's words as a variant of the entry ({@link AddVariantFix}).</li>
 * </ul>
 * Every action is a workspace edit; none needs a command on the client. {@link #hasFixes} tells
 * from an issue's code and data alone whether there is one.
 */
public class ChanceryCodeActionService implements ICodeActionService2, IssueFixes {

	@Inject
	private CreateRegisterEntryFix createRegisterEntry;

	@Inject
	private ReplaceWithCloseIdFix replaceWithCloseId;

	@Inject
	private InsertUndatedFix insertUndated;

	@Inject
	private DeclareHandFix declareHand;

	@Inject
	private AddVariantFix addVariant;

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			cancelManager.checkCanceled(options.getCancelIndicator());
			for (CodeAction action : fixesFor(diagnostic, options)) {
				action.setDiagnostics(List.of(diagnostic));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	private List<CodeAction> fixesFor(Diagnostic diagnostic, Options options) {
		String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
		if (code == null) {
			return List.of();
		}
		List<String> data = DiagnosticData.of(diagnostic);
		return switch (code) {
			case ChanceryIssueCodes.UNRESOLVED_REFERENCE -> {
				List<CodeAction> fixes = new ArrayList<>(replaceWithCloseId.fixes(diagnostic, data, options));
				fixes.addAll(createRegisterEntry.fixes(diagnostic, data, options));
				yield fixes;
			}
			case ChanceryIssueCodes.MISSING_DATE -> insertUndated.fixes(diagnostic, options);
			case ChanceryIssueCodes.UNDECLARED_HAND -> declareHand.fixes(diagnostic, data, options);
			case ChanceryIssueCodes.NAME_MISMATCH -> addVariant.fixes(diagnostic, data, options);
			default -> List.of();
		};
	}

	@Override
	public boolean hasFixes(String code, List<String> data) {
		if (code == null) {
			return false;
		}
		return switch (code) {
			case ChanceryIssueCodes.UNRESOLVED_REFERENCE -> data.size() >= 2
					&& data.stream().skip(2).anyMatch(value -> value.startsWith("~") || CreateRegisterEntryFix.isRegisterKind(value));
			case ChanceryIssueCodes.MISSING_DATE, ChanceryIssueCodes.UNDECLARED_HAND -> true;
			case ChanceryIssueCodes.NAME_MISMATCH -> !data.isEmpty() && !data.get(0).isBlank();
			default -> false;
		};
	}
}

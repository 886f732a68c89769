package org.chancery.lang.ui.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chancery.lang.ide.codeactions.IssueFixes;
import org.chancery.lang.ui.editor.EditorResource;
import org.chancery.lang.ui.editor.IssueAnnotation;
import org.chancery.lang.ui.editor.ProblemAnnotations;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.validation.Issue;

/** Quick fixes in the editor (Ctrl+1): the ide layer's code actions for the problems at the caret. */
public class ServiceQuickAssistProcessor implements IQuickAssistProcessor {

	private final CodeActions codeActions;

	private final IssueFixes fixes;

	private final Supplier<EditorResource> resource;

	public ServiceQuickAssistProcessor(CodeActions codeActions, IssueFixes fixes, Supplier<EditorResource> resource) {
		this.codeActions = codeActions;
		this.fixes = fixes;
		this.resource = resource;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		EditorResource editorResource = resource.get();
		if (editorResource == null || viewer == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		IAnnotationModel model = viewer.getAnnotationModel();
		List<CodeActions.Problem> problems = new ArrayList<>();
		for (IssueAnnotation annotation : ProblemAnnotations.of(model)) {
			Position position = model.getPosition(annotation);
			if (position != null && position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
				Issue issue = annotation.getIssue();
				problems.add(new CodeActions.Problem(issue.getCode(), issue.getMessage(), issue.getData(), position.getOffset(),
						position.getLength()));
			}
		}
		return codeActions.fixes(editorResource, viewer.getDocument().get(), problems).stream()
				.map(CodeActionProposal::new).toArray(ICompletionProposal[]::new);
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation issue && issue.isQuickFixable();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}
}

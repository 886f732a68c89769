package org.chancery.lang.ui.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chancery.lang.ui.editor.EditorResource;
import org.chancery.lang.ui.editor.IssueAnnotation;
import org.chancery.lang.ui.editor.LspDocuments;
import org.chancery.lang.ui.editor.ProblemAnnotations;
import org.chancery.lang.ui.markdown.Markdown;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The text hover: the messages of the problems under the mouse, then what the ide layer's
 * {@link IHoverService} says about the element there (a mention's register entry, say), its
 * Markdown rendered. The hover can be entered (it stays on screen when the mouse moves into it),
 * resized and scrolled.
 */
public class ServiceTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	private final IHoverService service;

	private final Supplier<EditorResource> resource;

	public ServiceTextHover(IHoverService service, Supplier<EditorResource> resource) {
		this.service = service;
		this.resource = resource;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>();
		for (String problem : problemsAt(viewer, region.getOffset())) {
			parts.add("<p>" + Markdown.escape(problem) + "</p>");
		}
		String info = hoverText(viewer.getDocument().get(), region.getOffset());
		if (info != null && !info.isBlank()) {
			parts.add(Markdown.toHtml(info));
		}
		return parts.isEmpty() ? null : String.join("\n", parts);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		return getHoverInfo(viewer, region);
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		// renders the HTML; its "presenter" (after a pause, or F2) stays on screen, resizable
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}

	/** The ide layer's hover text at an offset (markdown as the service writes it), or null. */
	public String hoverText(String text, int offset) {
		EditorResource editorResource = resource.get();
		if (editorResource == null) {
			return null;
		}
		Document document = LspDocuments.of(text);
		return editorResource.read(text, parsed -> {
			HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.getURI().toString()),
					LspDocuments.positionOf(document, offset));
			Hover hover = service.hover(document, parsed, params, CancelIndicator.NullImpl);
			if (hover == null || hover.getContents() == null) {
				return null;
			}
			if (hover.getContents().isRight()) {
				return hover.getContents().getRight().getValue();
			}
			StringBuilder joined = new StringBuilder();
			hover.getContents().getLeft().forEach(part -> joined.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n'));
			return joined.toString().strip();
		});
	}

	private static List<String> problemsAt(ITextViewer viewer, int offset) {
		List<String> messages = new ArrayList<>();
		if (viewer instanceof ISourceViewer sourceViewer) {
			IAnnotationModel model = sourceViewer.getAnnotationModel();
			for (IssueAnnotation annotation : ProblemAnnotations.of(model)) {
				Position position = model.getPosition(annotation);
				if (position != null && position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
					messages.add(annotation.getText());
				}
			}
		}
		return messages;
	}
}

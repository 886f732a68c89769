package org.chancery.lang.ui.navigation;

import java.util.List;
import java.util.function.Supplier;

import org.chancery.lang.ui.editor.EditorResource;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Ctrl+click on a reference: links to its declaration, in whichever file of the corpus. */
public class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	private final Definitions definitions;

	private final Supplier<EditorResource> resource;

	public DefinitionHyperlinkDetector(Definitions definitions, Supplier<EditorResource> resource) {
		this.definitions = definitions;
		this.resource = resource;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		EditorResource editorResource = resource.get();
		if (editorResource == null) {
			return null;
		}
		String text = viewer.getDocument().get();
		int offset = region.getOffset();
		List<? extends Location> targets = definitions.at(editorResource, text, offset);
		if (targets == null || targets.isEmpty()) {
			return null;
		}
		IRegion linkRegion = editorResource.read(text, parsed -> {
			ILeafNode leaf = parsed.getParseResult() == null ? null
					: NodeModelUtils.findLeafNodeAtOffset(parsed.getParseResult().getRootNode(), offset);
			if (leaf == null) {
				return new Region(offset, 0);
			}
			// a reference may span several tokens (a datatype rule): link all of it
			for (INode node = leaf; node != null; node = node.getParent()) {
				if (node.getGrammarElement() instanceof CrossReference) {
					return new Region(node.getOffset(), node.getLength());
				}
			}
			return new Region(leaf.getOffset(), leaf.getLength());
		});
		return targets.stream().map(target -> new LocationHyperlink(linkRegion, target)).toArray(IHyperlink[]::new);
	}
}

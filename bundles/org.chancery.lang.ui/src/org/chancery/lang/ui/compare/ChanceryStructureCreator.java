package org.chancery.lang.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chancery.lang.structure.StructureNode;
import org.chancery.lang.structure.StructureOutline;
import org.chancery.lang.ui.ChanceryUi;
import org.eclipse.compare.ISharedDocumentAdapter;
import org.eclipse.compare.structuremergeviewer.DocumentRangeNode;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.compare.structuremergeviewer.StructureCreator;
import org.eclipse.compare.structuremergeviewer.StructureRootNode;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The structure of a .chancery file for the Compare editor (comparing with the Git index, with
 * local history, or two files): documents, register entries and hands, with their metadata
 * fields, text blocks and inner documents below them, the runtime's {@link StructureOutline} as
 * {@code chancery diff} compares it. Elements are matched by id and fields by key; whitespace
 * is no change when the Compare editor ignores it.
 */
public class ChanceryStructureCreator extends StructureCreator {

	/** The compare type: the file extension. */
	public static final String TYPE = "chancery";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Override
	public String getName() {
		return "Chancery Structure Compare";
	}

	@Override
	protected IStructureComparator createStructureComparator(Object input, IDocument document, ISharedDocumentAdapter adapter,
			IProgressMonitor monitor) throws CoreException {
		StructureRootNode root = new StructureRootNode(document, input, this, adapter);
		for (StructureNode node : parse(document.get())) {
			add(root, node, document);
		}
		return root;
	}

	private static void add(DocumentRangeNode parent, StructureNode node, IDocument document) {
		StructureElement element = new StructureElement(parent, node, document);
		parent.addChild(element);
		for (StructureNode child : node.children()) {
			add(element, child, document);
		}
	}

	/** Parses the text alone (no corpus: the structure needs no references). */
	private List<StructureNode> parse(String text) throws CoreException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("compare:/compared." + TYPE));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			return StructureOutline.of(resource);
		} catch (IOException | RuntimeException e) {
			throw ChanceryUi.exception("Cannot read the structure of the compared text", e);
		} finally {
			resourceSet.getResources().clear();
		}
	}

	@Override
	public String getContents(Object node, boolean ignoreWhitespace) {
		if (!(node instanceof DocumentRangeNode range)) {
			return null;
		}
		try {
			String text = range.getDocument().get(range.getRange().getOffset(), range.getRange().getLength());
			return ignoreWhitespace ? text.replaceAll("\\s+", " ").strip() : text;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return null;
		}
	}
}

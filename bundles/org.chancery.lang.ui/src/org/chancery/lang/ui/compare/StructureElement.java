package org.chancery.lang.ui.compare;

import org.chancery.lang.structure.StructureNode;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DocumentRangeNode;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;

/**
 * A document, register entry or field as the Compare editor's structure pane shows it: its range
 * in the compared text, matched with its counterpart by kind and key.
 */
public class StructureElement extends DocumentRangeNode implements ITypedElement {

	private final String label;

	StructureElement(DocumentRangeNode parent, StructureNode node, IDocument document) {
		super(parent, node.kind().ordinal(), node.key(), document, node.offset(), node.length());
		this.label = node.label();
	}

	@Override
	public String getName() {
		return label;
	}

	@Override
	public String getType() {
		return ChanceryStructureCreator.TYPE;
	}

	@Override
	public Image getImage() {
		return null;
	}
}

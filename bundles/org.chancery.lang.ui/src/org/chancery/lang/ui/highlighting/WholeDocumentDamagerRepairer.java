package org.chancery.lang.ui.highlighting;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;

/**
 * Re-colours from the change to the end of the document: in a lexer with modes, typing one
 * character (a `{` or `<`) can change the mode of everything after it.
 */
public class WholeDocumentDamagerRepairer extends DefaultDamagerRepairer {

	public WholeDocumentDamagerRepairer(ITokenScanner scanner) {
		super(scanner);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		int start = Math.max(0, Math.min(event.getOffset(), event.getDocument().getLength()));
		return new Region(start, event.getDocument().getLength() - start);
	}
}

package org.chancery.lang.ui.outline;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Labels of the outline: the symbol's name, and its detail when the service gives one. */
public class SymbolLabels extends LabelProvider {

	public static String textOf(DocumentSymbol symbol) {
		String detail = symbol.getDetail();
		return detail == null || detail.isBlank() || detail.equals(symbol.getName()) ? symbol.getName()
				: symbol.getName() + " – " + detail;
	}

	@Override
	public String getText(Object element) {
		return element instanceof DocumentSymbol symbol ? textOf(symbol) : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof DocumentSymbol symbol) {
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			boolean container = symbol.getChildren() != null && !symbol.getChildren().isEmpty();
			return images.getImage(container ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_ELEMENT);
		}
		return null;
	}
}

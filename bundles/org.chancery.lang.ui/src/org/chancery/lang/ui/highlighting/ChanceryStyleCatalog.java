package org.chancery.lang.ui.highlighting;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/**
 * Chancery's semantic styles, by the ids of the ide layer's highlighting calculator
 * ({@code org.chancery.lang.ide.highlighting.ChanceryHighlightingStyles}).
 */
public class ChanceryStyleCatalog extends StyleCatalog {

	@Override
	public List<Style> styles() {
		List<Style> styles = super.styles();
		styles.add(new Style("chancery.person", "Persons", new RGB(0, 102, 153), SWT.BOLD));
		styles.add(new Style("chancery.place", "Places", new RGB(0, 128, 0), SWT.BOLD));
		styles.add(new Style("chancery.organisation", "Organisations", new RGB(153, 76, 0), SWT.BOLD));
		styles.add(new Style("chancery.publication", "Publications", new RGB(102, 51, 153), SWT.NORMAL));
		styles.add(new Style("chancery.document", "Documents", new RGB(102, 51, 153), SWT.BOLD));
		styles.add(new Style("chancery.date", "Dates", new RGB(176, 0, 112), SWT.NORMAL));
		styles.add(new Style("chancery.editorial", "Editorial interventions", new RGB(128, 128, 128), SWT.ITALIC));
		styles.add(new Style("chancery.manuscript", "Corrections, hands, page and line breaks", new RGB(0, 128, 128), SWT.ITALIC));
		styles.add(new Style("chancery.unresolved", "Unresolved ids", new RGB(200, 0, 0), SWT.NORMAL));
		return styles;
	}
}

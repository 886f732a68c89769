package org.chancery.lang.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The highlighting styles the editor knows, by the ids the ide layer reports (token styles from
 * {@link HighlightingStyles}, semantic styles from the language's highlighting calculator), with
 * their labels and default looks. A language adds its semantic styles by subclassing.
 */
public class StyleCatalog {

	/** One style: its id, its label in the preferences, its default colour and font style. */
	public record Style(String id, String label, RGB colour, int fontStyle) {
	}

	/** All styles, token styles first. */
	public List<Style> styles() {
		List<Style> styles = new ArrayList<>();
		styles.add(new Style(HighlightingStyles.KEYWORD_ID, "Keywords", new RGB(127, 0, 85), SWT.BOLD));
		styles.add(new Style(HighlightingStyles.STRING_ID, "Strings", new RGB(42, 0, 255), SWT.NORMAL));
		styles.add(new Style(HighlightingStyles.NUMBER_ID, "Numbers", new RGB(125, 125, 125), SWT.NORMAL));
		styles.add(new Style(HighlightingStyles.COMMENT_ID, "Comments", new RGB(63, 127, 95), SWT.ITALIC));
		styles.add(new Style(HighlightingStyles.PUNCTUATION_ID, "Punctuation", new RGB(0, 0, 0), SWT.NORMAL));
		styles.add(new Style(HighlightingStyles.INVALID_TOKEN_ID, "Invalid characters", new RGB(255, 0, 0), SWT.NORMAL));
		styles.add(new Style(HighlightingStyles.DEFAULT_ID, "Text", new RGB(0, 0, 0), SWT.NORMAL));
		return styles;
	}
}

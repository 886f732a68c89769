package org.chancery.lang.ide.formatting;

import java.util.Collection;
import java.util.List;

import org.chancery.lang.chancery.ChanceryFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * Formats the code part of a Chancery file, and only its indentation: each register entry, each
 * document and each line of metadata starts at the depth it is nested at, as do the opening lines of
 * text blocks, turns, notes and figures and the closing braces of entries and documents. The unit
 * of indentation is the request's (an LSP client's tab size and spaces-or-tabs), two spaces by default.
 *
 * <p>Nothing else changes: prose is the transcription and is never reflowed or touched (not even
 * the line that closes a text block), and neither is the spacing within a line, a line that
 * continues a metadata line, or a comment. Lines are planned by {@link IndentationPlan}.
 */
public class ChanceryFormatter implements IFormatter2 {

	private static final String DEFAULT_INDENTATION = "  ";

	@Inject
	private IndentationPlan plan;

	@Override
	public List<ITextReplacement> format(FormatterRequest request) {
		ITextRegionAccess access = request.getTextRegionAccess();
		EObject root = access.regionForRootEObject() == null ? null : access.regionForRootEObject().getSemanticElement();
		if (!(root instanceof ChanceryFile file)) {
			return List.of();
		}
		String unit = indentation(request);
		String text = access.regionForDocument().getText();
		return plan.linesOf(file, text).stream()
				.filter(line -> inRegions(line.offset(), request.getRegions()))
				.filter(line -> !line.currentIndentation().equals(unit.repeat(line.depth())))
				.map(line -> access.getRewriter().createReplacement(line.offset(), line.currentIndentation().length(),
						unit.repeat(line.depth())))
				.toList();
	}

	private static String indentation(FormatterRequest request) {
		if (request.getPreferences() == null) {
			return DEFAULT_INDENTATION;
		}
		String unit = request.getPreferences().getPreference(FormatterPreferenceKeys.indentation);
		return unit == null || unit.isEmpty() ? DEFAULT_INDENTATION : unit;
	}

	private static boolean inRegions(int offset, Collection<ITextRegion> regions) {
		return regions == null || regions.isEmpty()
				|| regions.stream().anyMatch(region -> offset >= region.getOffset() && offset <= region.getOffset() + region.getLength());
	}
}

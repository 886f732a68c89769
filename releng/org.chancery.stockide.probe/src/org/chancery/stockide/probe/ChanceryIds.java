package org.chancery.stockide.probe;

import java.util.List;

/**
 * What the Chancery plugin declares, by id: the probe has no compile-time tie to Chancery, so
 * that it runs unchanged in the IDE before the install and after the uninstall.
 */
final class ChanceryIds {

	static final List<String> BUNDLES = List.of("org.chancery.lang", "org.chancery.lang.ide", "org.chancery.lang.ui");

	static final String NATURE = "org.chancery.lang.ui.nature";

	static final String BUILDER = "org.chancery.lang.ui.builder";

	static final String PROBLEM_MARKER = "org.chancery.lang.ui.problem";

	static final String EDITOR = "org.chancery.lang.ui.editor.ChanceryEditor";

	static final String OUTLINE_PAGE = "org.chancery.lang.ui.outline.SymbolOutlinePage";

	/** The workspace the script lays out: a plain project folder with the example corpus. */
	static final String PROJECT = "transcriptions";

	static final String EXAMPLE = "refugee-massacre-1917.chancery";

	static final String BROKEN = "broken-letter.chancery";

	private ChanceryIds() {
	}
}

package org.chancery.lang.ui.contentassist;

import java.util.List;

/** The proposals the ide layer makes, as the editor lists them. */
final class ContentAssistExpectations {

	private ContentAssistExpectations() {
	}

	static final List<String> YANG = List.of("TODO");
}

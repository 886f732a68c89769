package org.chancery.lang.ui.outline;

/** The outline of the example documents, as SymbolTree.print writes it. */
final class OutlineExpectations {

	private OutlineExpectations() {
	}

	static final String WILSON_CENTER = """
			TODO
			""";
}

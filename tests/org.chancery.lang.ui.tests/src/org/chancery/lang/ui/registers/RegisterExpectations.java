package org.chancery.lang.ui.registers;

import java.util.List;

/** What the Register view shows for the example corpus. */
final class RegisterExpectations {

	private RegisterExpectations() {
	}

	static final List<String> SHICAI = List.of("TODO");

	static final List<String> SHENG_MENTIONS = List.of("TODO");
}

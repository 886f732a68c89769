package org.chancery.lang.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;

/** Value conversion for Chancery's terminals; prose drops its escaping backslashes. */
public class ChanceryValueConverters extends DefaultTerminalConverters {

	@Inject
	private ProseValueConverter proseValueConverter;

	@ValueConverter(rule = "PROSE")
	public IValueConverter<String> PROSE() {
		return proseValueConverter;
	}
}

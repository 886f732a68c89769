package org.chancery.lang.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Value conversion for Chancery's terminals; prose drops its escaping backslashes. A singleton:
 * the service builds its table of converters from the grammar once per instance, and Guice does
 * not inherit the superclass's scope (a profile showed a fifth of a full build spent rebuilding it).
 */
@Singleton
public class ChanceryValueConverters extends DefaultTerminalConverters {

	@Inject
	private ProseValueConverter proseValueConverter;

	@ValueConverter(rule = "PROSE")
	public IValueConverter<String> PROSE() {
		return proseValueConverter;
	}
}

package org.chancery.lang.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Prose as typed, less the backslashes that escape tag characters: {@code 3 \< 4} is "3 < 4".
 * Writing back escapes exactly the characters that would open or close a tag.
 */
public class ProseValueConverter implements IValueConverter<String> {

	/** The characters that must be escaped in prose. */
	public static final String TAG_CHARACTERS = "<>[]{}⟨⟩\\";

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.indexOf('\\') < 0) {
			return string;
		}
		StringBuilder value = new StringBuilder(string.length());
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			if (c == '\\' && i + 1 < string.length()) {
				c = string.charAt(++i);
			}
			value.append(c);
		}
		return value.toString();
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		StringBuilder text = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (TAG_CHARACTERS.indexOf(c) >= 0) {
				text.append('\\');
			}
			text.append(c);
		}
		return text.toString();
	}
}

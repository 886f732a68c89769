package org.chancery.lang.edition;

import java.util.regex.Pattern;

/** ORCID iDs: four groups of four characters, the last one a check digit (ISO 7064 MOD 11-2). */
public final class Orcids {

	private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

	private Orcids() {
	}

	public static boolean hasForm(String orcid) {
		return FORM.matcher(orcid).matches();
	}

	/** Whether the last character is the check digit of the others; the ORCID has its form. */
	public static boolean checkDigitFits(String orcid) {
		String digits = orcid.replace("-", "");
		int total = 0;
		for (int i = 0; i < digits.length() - 1; i++) {
			total = (total + (digits.charAt(i) - '0')) * 2;
		}
		int result = (12 - total % 11) % 11;
		char expected = result == 10 ? 'X' : (char) ('0' + result);
		return digits.charAt(digits.length() - 1) == expected;
	}
}

package org.chancery.lang.export;

import java.io.IOException;
import java.net.URL;
import java.util.List;

/**
 * The CMIF project's Schematron rules ({@code cmif.sch}, CMIF 1.1.0, CC BY 4.0 / BSD-2, shipped
 * beside this class), compiled once and run on every CMIF file the export writes, where Saxon-HE
 * and SchXslt are present (the command line, the tests).
 */
public final class CmifRules {

	private static SchematronValidation rules;

	private CmifRules() {
	}

	/** Whether the rules can be run here. */
	public static boolean available() {
		return SchematronValidation.available();
	}

	/** The findings of the rules on a CMIF file. */
	public static synchronized List<SchematronValidation.Finding> check(byte[] cmif) throws IOException {
		if (rules == null) {
			URL schema = CmifRules.class.getResource("cmif.sch");
			if (schema == null) {
				throw new IOException("cmif.sch is missing from the Chancery runtime");
			}
			rules = new SchematronValidation(schema);
		}
		return rules.check(cmif);
	}
}

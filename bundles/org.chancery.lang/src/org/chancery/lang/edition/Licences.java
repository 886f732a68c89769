package org.chancery.lang.edition;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The licence an edition states: an SPDX id of one of the licences editions of sources use (the
 * Creative Commons family, Open Data Commons, the public domain marks), or the URL of any licence.
 * An SPDX id beyond this list is not guessed at: the edition then gives the URL.
 */
public final class Licences {

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	private static final Map<String, String> SPDX = Map.ofEntries(
			Map.entry("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
			Map.entry("CC-PDM-1.0", "https://creativecommons.org/publicdomain/mark/1.0/"),
			Map.entry("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
			Map.entry("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
			Map.entry("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
			Map.entry("CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
			Map.entry("CC-BY-ND-4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
			Map.entry("CC-BY-NC-ND-4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
			Map.entry("CC-BY-3.0", "https://creativecommons.org/licenses/by/3.0/"),
			Map.entry("CC-BY-SA-3.0", "https://creativecommons.org/licenses/by-sa/3.0/"),
			Map.entry("CC-BY-3.0-DE", "https://creativecommons.org/licenses/by/3.0/de/"),
			Map.entry("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
			Map.entry("ODC-By-1.0", "https://opendatacommons.org/licenses/by/1-0/"),
			Map.entry("PDDL-1.0", "https://opendatacommons.org/licenses/pddl/1-0/"));

	private Licences() {
	}

	/** The licence's URL: a known SPDX id's, or the value itself when it is a URL; empty otherwise. */
	public static Optional<String> url(String value) {
		if (value == null) {
			return Optional.empty();
		}
		if (URL.matcher(value).matches()) {
			return Optional.of(value);
		}
		return Optional.ofNullable(SPDX.get(value));
	}

	/** The SPDX ids understood, for messages. */
	public static String known() {
		return String.join(", ", SPDX.keySet().stream().sorted().toList());
	}
}

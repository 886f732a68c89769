package org.chancery.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Which candidates a typed prefix keeps, printed "prefix → candidate: yes/no". */
class ChanceryPrefixMatcherTest {

	@Test
	void caseDiacriticsPunctuationAndWordStartsDoNotCount() {
		ChanceryPrefixMatcher matcher = new ChanceryPrefixMatcher();
		List<String[]> cases = List.of(
				new String[] { "urumqi", "Ürümqi" },
				new String[] { "ÜRÜM", "Urumchi" },
				new String[] { "semirechye", "Semirech’e" },
				new String[] { "mannerh", "Carl Gustaf Emil Mannerheim" },
				new String[] { "foo-ping", "Foo Ping-sheung" },
				new String[] { "ping-sh", "Foo Ping-sheung" },
				new String[] { "", "anything" },
				new String[] { "heim", "Carl Gustaf Emil Mannerheim" },
				new String[] { "urumqi", "Urumchi" });
		assertEquals("""
				urumqi → Ürümqi: yes
				ÜRÜM → Urumchi: yes
				semirechye → Semirech’e: no
				mannerh → Carl Gustaf Emil Mannerheim: yes
				foo-ping → Foo Ping-sheung: yes
				ping-sh → Foo Ping-sheung: yes
				 → anything: yes
				heim → Carl Gustaf Emil Mannerheim: no
				urumqi → Urumchi: no
				""", cases.stream().map(c -> c[0] + " → " + c[1] + ": " + (matcher.isCandidateMatchingPrefix(c[1], c[0]) ? "yes" : "no"))
				.collect(Collectors.joining("\n", "", "\n")));
	}
}

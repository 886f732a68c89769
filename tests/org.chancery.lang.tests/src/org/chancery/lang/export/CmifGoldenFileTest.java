package org.chancery.lang.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;

/** The CMIF of the inline fixture, exactly: authority URIs, sources, Gregorian dates with @cert. */
class CmifGoldenFileTest {

	private static final Path FIXTURE = Checkout.root().resolve("tests/org.chancery.lang.tests/resources/fixtures/export/inline");

	@Test
	void theInlineFixtureGivesItsExpectedCmifFile() throws Exception {
		Clock clock = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);
		Map<String, String> files = ExportAssertions.produce(new CmifExport(clock), ExportAssertions.load(FIXTURE.resolve("inline.chancery")));
		Path expected = FIXTURE.resolve("expected-cmif/cmif.xml");
		assertEquals(Map.of("cmif.xml", Files.readString(expected)), files);
		assertEquals(List.of(), RelaxNgSchema.cmif().errors(expected));
	}
}

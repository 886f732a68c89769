package org.chancery.lang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.chancery.lang.tests.Checkout;
import org.junit.jupiter.api.Test;

/**
 * {@code chancery diff} on two versions of a small corpus: the exact lines, the summary and the
 * exit code. The versions differ in layout too (spaces in a date and in a text), which is no change.
 */
class DiffCommandTest {

	private static final String FIXTURES = "tests/org.chancery.lang.tests/resources/fixtures/diff";

	/** What one run printed: exit code, then standard output, then standard error. */
	private static String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = new ChanceryCli(Checkout.root()).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return exitCode + "\n" + out.toString(StandardCharsets.UTF_8) + "---\n" + err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsTheChangesPerDocumentAndField() {
		assertEquals("""
				1
				~ person kovalev
				    variant: "Kovalev" → "Kovalev", "Kowalew"
				~ telegram 1949-10-14-filipov-to-kovalev
				    date: 1949-10-14 → 1949-10-15
				    + sent 1949-10-14
				    ~ text (changed)
				    - number 4159
				+ telegram 1949-12-01-kovalev-telegram
				- person filipov
				2 changed, 1 added, 1 removed
				---
				""", run("diff", FIXTURES + "/old.chancery", FIXTURES + "/new.chancery"));
	}

	@Test
	void theSameVersionTwiceHasNoDifferences() {
		assertEquals("""
				0
				no differences
				---
				""", run("diff", FIXTURES + "/old.chancery", FIXTURES + "/old.chancery"));
	}

	@Test
	void needsTwoPaths() {
		assertEquals("""
				2
				---
				chancery: diff: needs two PATHs, OLD and NEW (1 given)
				""", run("diff", FIXTURES + "/old.chancery"));
	}

	@Test
	void aMissingVersionIsNamed() {
		assertEquals("""
				2
				---
				chancery: no such file or folder: nowhere.chancery
				""", run("diff", FIXTURES + "/old.chancery", "nowhere.chancery"));
	}
}

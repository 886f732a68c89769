package org.chancery.lang.validation;

import static org.chancery.lang.validation.ChanceryIssueCodes.ID_COLLISION;
import static org.chancery.lang.validation.IssueAssertions.assertIssuesWithRegister;
import static org.chancery.lang.validation.IssueAssertions.issue;
import static org.chancery.lang.validation.IssueAssertions.issues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Ids that would be one file on macOS and Windows, or one xml:id in the export. */
class IdCollisionTest {

	private static String document(String id) {
		return "document " + id + " {\n  title \"T\"\n  undated\n}\n";
	}

	@Test
	void idsThatDifferOnlyInCaseCollide() {
		String register = document("Doc-a");
		String text = document("doc-a") + document("DOC-A");
		assertIssuesWithRegister(register, text, issue("ERROR", ID_COLLISION, text, "doc-a"),
				"ERROR " + ID_COLLISION + " " + text.indexOf("DOC-A") + ":5 «DOC-A»");
		assertEquals(List.of("The id ‘doc-a’ differs from ‘Doc-a’ (a document in register.chancery) only in case; on macOS and"
				+ " Windows their files would be one: ids must differ in more than case.",
				"The id ‘DOC-A’ differs from ‘Doc-a’ (a document in register.chancery) only in case; on macOS and"
						+ " Windows their files would be one: ids must differ in more than case."),
				issues(register, text).stream().map(i -> i.getMessage()).toList());
	}

	@Test
	void anIdAndItsXmlIdSpellingCollide() {
		String register = "person 1917-x {\n  name \"X\"\n}\n";
		String text = "person _1917-x {\n  name \"Y\"\n}\nperson y-ref {\n  name \"Z\"\n}\n";
		List<String> collisions = issues(register, text).stream().filter(i -> ID_COLLISION.equals(i.getCode()))
				.map(i -> i.getOffset() + ":" + i.getLength() + " " + i.getMessage() + " " + List.of(i.getData())).toList();
		assertEquals(List.of("7:7 The id ‘_1917-x’ and ‘1917-x’ (a person in register.chancery) become the same XML id ‘_1917-x’;"
				+ " rename one. [_1917-x, 1917-x]"), collisions);
	}

	@Test
	void distinctIdsAndReservedFileNamesAreNoCollision() {
		// con, nul, registers: the export names their files con~.xml, nul~.xml, registers~.xml
		assertIssuesWithRegister(document("doc-b"), document("doc-a") + document("con") + document("nul") + document("registers")
				+ document("com1") + document("lpt1") + document("aux"));
	}
}

package org.chancery.lang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chancery.lang.tests.ChanceryInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Validates a text block and compares every issue of it, printed as
 * `SEVERITY code offset:length «text at that range»`, with the expected lines. Register entries the text needs
 * can be given as a second file of the same corpus.
 */
public final class IssueAssertions {

	private static final Injector INJECTOR = new ChanceryInjectorProvider().getInjector();

	private IssueAssertions() {
	}

	public static void assertIssues(String text, String... expected) {
		assertIssuesWithRegister("", text, expected);
	}

	public static void assertIssuesWithRegister(String register, String text, String... expected) {
		assertEquals(List.of(expected), issues(register, text).stream().map(issue -> describe(issue, text)).toList());
	}

	/** The issues of the text, in order of offset. */
	public static List<Issue> issues(String register, String text) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		load(set, "register.chancery", register);
		XtextResource resource = (XtextResource) load(set, "document.chancery", text);
		EcoreUtil.resolveAll(set);
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().sorted((a, b) -> Integer.compare(a.getOffset(), b.getOffset())).toList();
	}

	/** The expected line for an issue at the first occurrence of `at` in the text. */
	public static String issue(String severity, String code, String text, String at) {
		int offset = text.indexOf(at);
		if (offset < 0) {
			throw new IllegalArgumentException("not in the text: " + at);
		}
		return severity + " " + code + " " + offset + ":" + at.length() + " «" + at + "»";
	}

	/** The message of the only issue of the text. */
	public static String message(String register, String text) {
		List<Issue> issues = issues(register, text);
		assertEquals(1, issues.size(), () -> "issues: " + issues);
		return issues.get(0).getMessage();
	}

	private static Resource load(XtextResourceSet set, String name, String text) {
		Resource resource = set.createResource(URI.createURI("corpus/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return resource;
	}

	private static String describe(Issue issue, String text) {
		return issue.getSeverity() + " " + issue.getCode() + " " + issue.getOffset() + ":" + issue.getLength() + " «"
				+ text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()) + "»";
	}
}

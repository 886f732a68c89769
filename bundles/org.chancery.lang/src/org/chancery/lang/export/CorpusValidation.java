package org.chancery.lang.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chancery.lang.corpus.Corpus;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Validates a loaded corpus as the editor does (syntax, links, every check: {@link CheckMode#ALL}),
 * file by file, issues sorted by position. The command line and the export read the same result.
 */
public class CorpusValidation {

	/** The issues of one file. */
	public record FileIssues(Resource resource, List<Issue> issues) {
	}

	private static final Comparator<Issue> BY_POSITION = Comparator
			.comparing(Issue::getLineNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Issue::getColumn, Comparator.nullsFirst(Comparator.naturalOrder()));

	@Inject
	private IResourceValidator validator;

	public List<FileIssues> validate(Corpus corpus) {
		List<FileIssues> result = new ArrayList<>();
		for (Resource resource : corpus.resources()) {
			List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
			issues.sort(BY_POSITION);
			result.add(new FileIssues(resource, issues));
		}
		return result;
	}

	public static long count(List<FileIssues> result, Severity severity) {
		return result.stream().flatMap(file -> file.issues().stream()).filter(issue -> issue.getSeverity() == severity).count();
	}
}

package org.chancery.lang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.export.CorpusValidation;
import org.chancery.lang.export.CorpusValidation.FileIssues;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * {@code chancery validate}: every issue of the corpus, file by file in path order, then
 * {@code N files, N errors, N warnings}. Exit code 1 when there are errors.
 */
public class ValidateCommand {

	@Inject
	private CliCorpus corpusLoader;

	@Inject
	private CorpusValidation validation;

	public int run(CliCommand.Validate command, Path workingDirectory, PrintStream out) throws UsageException, IOException {
		Corpus corpus = corpusLoader.load(workingDirectory, command.paths());
		List<FileIssues> result = validation.validate(corpus);
		IssueFormatter formatter = new IssueFormatter(workingDirectory);
		for (FileIssues file : result) {
			for (Issue issue : file.issues()) {
				out.println(formatter.format(file.resource(), issue));
			}
		}
		long errors = CorpusValidation.count(result, Severity.ERROR);
		long warnings = CorpusValidation.count(result, Severity.WARNING);
		out.println(Plural.of(result.size(), "file") + ", " + Plural.of(errors, "error") + ", " + Plural.of(warnings, "warning"));
		return errors > 0 ? ChanceryCli.EXIT_FAILURE : ChanceryCli.EXIT_OK;
	}
}

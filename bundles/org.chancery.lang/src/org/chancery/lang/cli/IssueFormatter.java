package org.chancery.lang.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;

/**
 * One issue, one line, in the form compilers use so that editors and CI link it:
 * {@code file:line:column: severity: message [code]}, the file relative to the working directory,
 * line and column counted from 1.
 */
public final class IssueFormatter {

	private final Path workingDirectory;

	public IssueFormatter(Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	public String format(Resource resource, Issue issue) {
		StringBuilder line = new StringBuilder(fileName(resource)).append(':');
		if (issue.getLineNumber() != null) {
			line.append(issue.getLineNumber()).append(':');
			if (issue.getColumn() != null) {
				line.append(issue.getColumn()).append(':');
			}
		}
		line.append(' ').append(issue.getSeverity().name().toLowerCase(Locale.ROOT)).append(": ")
				.append(issue.getMessage().replace('\n', ' '));
		if (issue.getCode() != null) {
			line.append(" [").append(issue.getCode()).append(']');
		}
		return line.toString();
	}

	/** The file as the user would type it from the working directory. */
	public String fileName(Resource resource) {
		Path file = Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
		return file.startsWith(workingDirectory) ? workingDirectory.relativize(file).toString() : file.toString();
	}
}

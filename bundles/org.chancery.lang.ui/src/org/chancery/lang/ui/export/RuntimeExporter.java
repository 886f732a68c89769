package org.chancery.lang.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.corpus.CorpusLoader;
import org.chancery.lang.export.CorpusExporter;
import org.chancery.lang.export.CorpusValidation;
import org.chancery.lang.export.ExportFormat;
import org.chancery.lang.export.ExportRefusedException;
import org.chancery.lang.ui.ChanceryUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The runtime's export engine ({@link CorpusExporter}) behind {@link TranscriptionExporter}: loads
 * the project's files as one corpus and exports the requested documents, with every file that
 * declares register entries, so that the register export is complete.
 */
public class RuntimeExporter implements TranscriptionExporter {

	@Inject
	private CorpusLoader loader;

	@Inject
	private CorpusExporter exporter;

	@Inject
	private CorpusValidation validation;

	@Override
	public List<String> formats() {
		return Arrays.stream(ExportFormat.values()).map(ExportFormat::label).toList();
	}

	@Override
	public int export(ExportRequest request, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + request.format().toUpperCase(), 100);
		ExportFormat format = ExportFormat.named(request.format())
				.orElseThrow(() -> error("Unknown export format: " + request.format(), null));
		progress.subTask("Reading the corpus");
		Corpus all;
		Corpus corpus;
		try {
			Path root = request.project().getLocation().toFile().toPath();
			all = loader.load(loader.findFiles(List.of(root)));
			corpus = new Corpus(all.resourceSet(), selected(all, request.files()), all.index());
		} catch (IOException e) {
			throw error("Cannot read the corpus: " + e.getMessage(), e);
		}
		progress.worked(30);
		checkCanceled(progress);
		SubMonitor writing = progress.split(70);
		writing.beginTask("Writing " + request.folder(), 100);
		try {
			// files of documents gone from the corpus are removed only when the whole corpus is exported
			boolean whole = corpus.resources().size() == all.resources().size();
			exporter.export(corpus, format.create(Clock.systemDefaultZone()), request.folder(), false, whole, (done, total) -> {
				writing.setWorkRemaining(Math.max(1, total - done + 1));
				writing.worked(1);
				writing.subTask(done + " of " + total + " files");
				if (writing.isCanceled()) {
					// the exporter rolls back what it staged; the folder stays as it was
					throw new OperationCanceledException();
				}
			});
		} catch (ExportRefusedException e) {
			checkCanceled(progress);
			ExportRefusal refusal = errorsIn(corpus, request);
			if (refusal != null) {
				throw new CoreException(refusal);
			}
			throw error("Export to " + format.label().toUpperCase() + " refused: " + e.getMessage(), e);
		}
		return countFiles(request.folder());
	}

	/**
	 * The errors that stopped an export, read again from the corpus (the runtime's exporter only
	 * counts them), or null when the refusal had another cause.
	 */
	private ExportRefusal errorsIn(Corpus corpus, ExportRequest request) {
		Path root = request.project().getLocation().toFile().toPath().toAbsolutePath().normalize();
		List<String> errors = new ArrayList<>();
		for (CorpusValidation.FileIssues file : validation.validate(corpus)) {
			for (Issue issue : file.issues()) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors.add(where(root, file.resource()) + ":" + issue.getLineNumber() + ": " + issue.getMessage());
				}
			}
		}
		return errors.isEmpty() ? null : new ExportRefusal(errors.size(), errors);
	}

	/** A file's path in its project ("letters/reply.chancery"). */
	private static String where(Path root, Resource resource) {
		URI uri = resource.getURI();
		if (!uri.isFile()) {
			return uri.lastSegment();
		}
		return root.relativize(Path.of(uri.toFileString()).toAbsolutePath().normalize()).toString();
	}

	private static List<Resource> selected(Corpus all, List<IFile> files) {
		Set<URI> wanted = new LinkedHashSet<>();
		for (IFile file : files) {
			wanted.add(URI.createFileURI(file.getLocation().toFile().toPath().toAbsolutePath().normalize().toString()));
		}
		List<Resource> resources = new ArrayList<>();
		for (Resource resource : all.resources()) {
			if (wanted.contains(resource.getURI()) || declaresEntries(resource)) {
				resources.add(resource);
			}
		}
		return resources;
	}

	private static boolean declaresEntries(Resource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof org.chancery.lang.chancery.ChanceryFile file
				&& file.getMembers().stream().anyMatch(member -> member instanceof org.chancery.lang.chancery.Entry);
	}

	private static int countFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return (int) files.filter(Files::isRegularFile).count();
		} catch (IOException e) {
			return 0;
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private static CoreException error(String message, Throwable cause) {
		return ChanceryUi.exception(message, cause);
	}
}

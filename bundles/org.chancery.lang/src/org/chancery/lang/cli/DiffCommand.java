package org.chancery.lang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.structure.DiffReport;
import org.chancery.lang.structure.StructureDiff;
import org.chancery.lang.structure.StructureDiff.Difference;
import org.chancery.lang.structure.StructureNode;
import org.chancery.lang.structure.StructureOutline;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;

/**
 * {@code chancery diff OLD NEW}: what changed between two versions of a file or of a corpus, per
 * document and register entry and per field (see {@link DiffReport}), then a summary line. Exit
 * code 0 when nothing changed, 1 when something did (as diff(1)).
 */
public class DiffCommand {

	/** Its arguments: the old and the new version, each a .chancery file or a folder of them. */
	public record Arguments(String oldPath, String newPath) {
	}

	@Inject
	private CliCorpus corpusLoader;

	public int run(Arguments arguments, Path workingDirectory, PrintStream out) throws UsageException, IOException {
		List<StructureNode> before = structure(corpusLoader.load(workingDirectory, List.of(arguments.oldPath())));
		List<StructureNode> after = structure(corpusLoader.load(workingDirectory, List.of(arguments.newPath())));
		List<Difference> differences = StructureDiff.between(before, after);
		out.print(DiffReport.print(differences));
		out.println(DiffReport.summary(differences));
		return differences.isEmpty() ? ChanceryCli.EXIT_OK : ChanceryCli.EXIT_FAILURE;
	}

	private static List<StructureNode> structure(Corpus corpus) {
		List<StructureNode> nodes = new ArrayList<>();
		for (Resource resource : corpus.resources()) {
			nodes.addAll(StructureOutline.of(resource));
		}
		return nodes;
	}
}

package org.chancery.lang.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.StructureDiffViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * Two revisions of a file (in memory, as a Git revision or the local history hands them to the
 * Compare editor) in the structure pane the Platform finds for .chancery: the changed document
 * with its changed date field, the entries and fields added, removed and changed.
 */
class StructureCompareTest {

	@Test
	void theStructurePaneShowsTheChangedDateOfTheChangedDocument() throws Exception {
		String fixtures = "tests/org.chancery.lang.tests/resources/fixtures/diff/";
		Revision older = new Revision("old.chancery", Files.readString(ExampleProjects.checkoutRoot().resolve(fixtures + "old.chancery")));
		Revision newer = new Revision("new.chancery", Files.readString(ExampleProjects.checkoutRoot().resolve(fixtures + "new.chancery")));
		DiffNode input = new DiffNode(null, Differencer.CHANGE, null, older, newer);

		Shell shell = new Shell();
		shell.setLayout(new FillLayout());
		shell.setSize(800, 600);
		try {
			CompareConfiguration configuration = new CompareConfiguration();
			// the newer letter differs from the older in spaces only: no change when they are ignored
			configuration.setProperty(CompareConfiguration.IGNORE_WHITESPACE, Boolean.TRUE);
			Viewer viewer = CompareUI.findStructureViewer(null, input, shell, configuration);
			StructureDiffViewer structure = assertInstanceOf(StructureDiffViewer.class, viewer);
			shell.open();
			structure.setInput(input);
			Tree tree = structure.getTree();
			Workbench.waitUntil("the structure of the differences", () -> tree.getItemCount() > 0);
			structure.expandAll();
			Workbench.processEvents();
			assertEquals("""
					telegram 1949-10-14-filipov-to-kovalev (change)
					  date (change)
					  number (deletion)
					  sent (addition)
					  text (change)
					telegram 1949-12-01-kovalev-telegram (addition)
					person filipov (deletion)
					person kovalev (change)
					  variant (change)
					""", print(tree.getItems(), ""));
		} finally {
			shell.dispose();
		}
	}

	/** The tree as the user reads it: each element's label and what happened to it, one a line. */
	private static String print(TreeItem[] items, String indent) {
		StringBuilder out = new StringBuilder();
		for (TreeItem item : items) {
			out.append(indent).append(item.getText()).append(" (").append(kind(item)).append(")\n");
			out.append(print(item.getItems(), indent + "  "));
		}
		return out.toString();
	}

	private static String kind(TreeItem item) {
		int kind = item.getData() instanceof DiffNode node ? node.getKind() & Differencer.CHANGE_TYPE_MASK : -1;
		return switch (kind) {
			case Differencer.ADDITION -> "addition";
			case Differencer.DELETION -> "deletion";
			case Differencer.CHANGE -> "change";
			default -> "?";
		};
	}

	/** A revision of a .chancery file held in memory. */
	private record Revision(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return "chancery";
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}

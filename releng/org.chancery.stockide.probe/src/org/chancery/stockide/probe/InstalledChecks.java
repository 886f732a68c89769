package org.chancery.stockide.probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.osgi.framework.Bundle;

/**
 * With Chancery installed: its bundles are there, a plain project becomes a transcription project,
 * the builder puts a problem marker on the broken file and none on the example corpus, the example
 * opens in the Chancery editor with Chancery's outline, and the open broken file shows its error.
 */
final class InstalledChecks {

	private static final long BUILD_TIMEOUT_MILLIS = 120_000;

	private static final long UI_TIMEOUT_MILLIS = 30_000;

	private final Report report;

	private final Path screenshot;

	InstalledChecks(Report report, Path screenshot) {
		this.report = report;
		this.screenshot = screenshot;
	}

	void run() throws CoreException {
		checkBundles();
		new StockIdeChecks(report).run();
		IProject project = importProjectAsTranscriptions();
		checkMarkers(project);
		checkEditorAndOutline(project.getFile(ChanceryIds.EXAMPLE));
		checkLiveValidation(project.getFile(ChanceryIds.BROKEN));
		Ui.call(() -> {
			Screenshots.save(screenshot);
			return null;
		});
		report.note("screenshot " + screenshot);
		// Done with the files, as a user closing the workbench after work. An editor left open
		// would be restored after the uninstall, and the Platform logs its tab's icon (Chancery's)
		// as an error then; that is the Platform's doing, not what this test is about.
		Ui.call(() -> activePage().closeAllEditors(false));
	}

	private void checkBundles() {
		for (String id : ChanceryIds.BUNDLES) {
			Bundle bundle = Platform.getBundle(id);
			report.check(bundle != null && bundle.getState() >= Bundle.RESOLVED,
					"bundle " + id + " installed and resolved" + (bundle == null ? "" : " (" + bundle.getVersion() + ")"));
		}
	}

	/** As a user would: import the folder as a project, then Configure › Convert to Transcription Project. */
	private IProject importProjectAsTranscriptions() throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.loadProjectDescription(
				workspace.getRoot().getLocation().append(ChanceryIds.PROJECT).append(IProjectDescription.DESCRIPTION_FILE_NAME));
		IProject project = workspace.getRoot().getProject(description.getName());
		if (!project.exists()) {
			project.create(description, null);
		}
		project.open(null);
		IProjectDescription withNature = project.getDescription();
		List<String> natures = new ArrayList<>(Arrays.asList(withNature.getNatureIds()));
		if (!natures.contains(ChanceryIds.NATURE)) {
			natures.add(ChanceryIds.NATURE);
			withNature.setNatureIds(natures.toArray(String[]::new));
			project.setDescription(withNature, null);
		}
		report.check(project.isNatureEnabled(ChanceryIds.NATURE), "the Chancery nature is enabled on " + project.getName());
		boolean hasBuilder = Arrays.stream(project.getDescription().getBuildSpec())
				.map(ICommand::getBuilderName).anyMatch(ChanceryIds.BUILDER::equals);
		report.check(hasBuilder, "the nature installed the Chancery builder");
		return project;
	}

	private void checkMarkers(IProject project) throws CoreException {
		IFile broken = project.getFile(ChanceryIds.BROKEN);
		long deadline = System.currentTimeMillis() + BUILD_TIMEOUT_MILLIS;
		while (errorMarkers(broken).isEmpty() && System.currentTimeMillis() < deadline) {
			joinAutoBuild();
		}
		joinAutoBuild();
		for (IMarker marker : project.findMarkers(ChanceryIds.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE)) {
			report.note("marker " + describe(marker));
		}
		List<IMarker> errors = errorMarkers(broken);
		report.check(!errors.isEmpty(), "the builder marked " + ChanceryIds.BROKEN + " with " + errors.size() + " error(s)");
		for (IMarker marker : errors) {
			report.check(marker.isSubtypeOf(IMarker.PROBLEM), "its marker is a problem marker (Problems view): " + describe(marker));
		}
		long elsewhere = Arrays.stream(project.findMarkers(ChanceryIds.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE))
				.filter(marker -> !marker.getResource().equals(broken))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
		report.check(elsewhere == 0, "no error marker on the example corpus (" + elsewhere + ")");
	}

	private static List<IMarker> errorMarkers(IFile file) throws CoreException {
		if (!file.exists()) {
			return List.of();
		}
		return Arrays.stream(file.findMarkers(ChanceryIds.PROBLEM_MARKER, true, IResource.DEPTH_ZERO))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}

	private static void joinAutoBuild() {
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the build", e);
		}
		Ui.sleep(500);
	}

	private static String describe(IMarker marker) {
		String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
		case IMarker.SEVERITY_ERROR -> "error";
		case IMarker.SEVERITY_WARNING -> "warning";
		default -> "info";
		};
		return marker.getResource().getProjectRelativePath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
				+ severity + ": " + marker.getAttribute(IMarker.MESSAGE, "") + " [" + marker.getAttribute("code", "") + "]";
	}

	private void checkEditorAndOutline(IFile example) {
		String editorId = Ui.call(() -> {
			closeWelcome();
			return open(example).getSite().getId();
		});
		report.check(ChanceryIds.EDITOR.equals(editorId), example.getName() + " opens in the Chancery editor (" + editorId + ")");
		String pageClass = Ui.call(() -> {
			IWorkbenchPage page = activePage();
			try {
				page.showView(IPageLayout.ID_OUTLINE);
			} catch (PartInitException e) {
				throw new IllegalStateException("cannot show the Outline view", e);
			}
			page.activate(page.getActiveEditor());
			IPage outline = ((ContentOutline) page.findView(IPageLayout.ID_OUTLINE)).getCurrentPage();
			return outline == null ? "none" : outline.getClass().getName();
		});
		report.check(ChanceryIds.OUTLINE_PAGE.equals(pageClass), "the Outline view shows Chancery's outline page (" + pageClass + ")");
		boolean filled = Ui.waitFor(() -> !outlineItems().isEmpty(), UI_TIMEOUT_MILLIS);
		List<String> items = Ui.call(InstalledChecks::outlineItems);
		items.forEach(item -> report.note("outline: " + item));
		report.check(filled, "the outline lists the file's documents and entries (" + items.size() + " top-level)");
	}

	private static List<String> outlineItems() {
		IPage outline = ((ContentOutline) activePage().findView(IPageLayout.ID_OUTLINE)).getCurrentPage();
		if (outline == null || !(outline.getControl() instanceof Tree tree)) {
			return List.of();
		}
		return Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
	}

	private void checkLiveValidation(IFile broken) {
		String editorId = Ui.call(() -> open(broken).getSite().getId());
		report.check(ChanceryIds.EDITOR.equals(editorId), broken.getName() + " opens in the Chancery editor (" + editorId + ")");
		boolean shown = Ui.waitFor(() -> !errorAnnotations().isEmpty(), UI_TIMEOUT_MILLIS);
		List<String> annotations = Ui.call(InstalledChecks::errorAnnotations);
		annotations.forEach(annotation -> report.note("annotation " + annotation));
		report.check(shown, "the open editor shows the broken file's error (" + annotations.size() + " error annotation(s))");
	}

	/** The active editor's error annotations, as "line: type: text" (lines counted from 1). */
	private static List<String> errorAnnotations() {
		if (!(activePage().getActiveEditor() instanceof ITextEditor editor)) {
			return List.of();
		}
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		List<String> errors = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation.getType().endsWith(".error")) {
				Position position = model.getPosition(annotation);
				errors.add(lineOf(document, position) + ": " + annotation.getType() + ": " + annotation.getText());
			}
		}
		return errors;
	}

	private static int lineOf(IDocument document, Position position) {
		try {
			return position == null ? 0 : document.getLineOfOffset(position.getOffset()) + 1;
		} catch (BadLocationException e) {
			return 0;
		}
	}

	private static IEditorPart open(IFile file) {
		try {
			return IDE.openEditor(activePage(), file);
		} catch (PartInitException e) {
			throw new IllegalStateException("cannot open " + file.getFullPath() + ": " + e.getMessage(), e);
		}
	}

	/** The Platform product's Welcome page comes up on a first start, as in any Eclipse. */
	private static void closeWelcome() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IIntroPart intro = workbench.getIntroManager().getIntro();
		if (intro != null) {
			workbench.getIntroManager().closeIntro(intro);
		}
	}

	private static IWorkbenchPage activePage() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}

package org.chancery.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Where transcribers work: the corpus on the left, the editor in the middle, the outline and the
 * registers on the right, problems below.
 */
public class TranscriptionPerspective implements IPerspectiveFactory {

	public static final String ID = "org.chancery.app.perspective.transcription";

	/** The Register view of the editor bundle. */
	static final String REGISTER_VIEW = "org.chancery.lang.ui.registers.RegisterView";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		right.addPlaceholder(REGISTER_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.75f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(REGISTER_VIEW);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(REGISTER_VIEW);
	}
}

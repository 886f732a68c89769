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

	/** Where "Find References" lists what names an entry. */
	static final String REFERENCES_VIEW = "org.chancery.lang.ui.navigation.ReferencesView";

	static final String NEW_DOCUMENT_WIZARD = "org.chancery.lang.ui.wizards.NewDocumentWizard";

	static final String NEW_PROJECT_WIZARD = "org.chancery.lang.ui.wizards.NewTranscriptionProjectWizard";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(REGISTER_VIEW);
		bottom.addPlaceholder(REFERENCES_VIEW);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(REGISTER_VIEW);
		layout.addShowViewShortcut(REFERENCES_VIEW);
		// File › New: what a transcriber creates
		layout.addNewWizardShortcut(NEW_DOCUMENT_WIZARD);
		layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}

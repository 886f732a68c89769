package org.chancery.lang.ui.wizards;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chancery.lang.ui.editor.ChanceryEditor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.ui.texteditor.link.EditorLinkedModeUI;

/**
 * A new document's template in linked mode: the first placeholder selected, Tab to the next,
 * placeholders of the same name edited together, Enter or Esc leaves.
 */
public final class TemplateLinkedMode {

	private TemplateLinkedMode() {
	}

	/** Enters linked mode over the template's placeholders, if the editor still shows the template. */
	public static void enter(ChanceryEditor editor, DocumentTemplates.Template template) {
		IDocument document = editor.getDocument();
		if (document == null || !document.get().equals(template.text()) || template.placeholders().isEmpty()) {
			return;
		}
		Map<String, LinkedPositionGroup> groups = new LinkedHashMap<>();
		try {
			int sequence = 0;
			for (DocumentTemplates.Placeholder placeholder : template.placeholders()) {
				LinkedPositionGroup group = groups.computeIfAbsent(placeholder.name(), name -> new LinkedPositionGroup());
				group.addPosition(new LinkedPosition(document, placeholder.offset(), placeholder.length(), sequence++));
			}
			LinkedModeModel model = new LinkedModeModel();
			for (LinkedPositionGroup group : groups.values()) {
				model.addGroup(group);
			}
			model.forceInstall();
			LinkedModeUI ui = new EditorLinkedModeUI(model, editor.getViewer());
			ui.setCyclingMode(LinkedModeUI.CYCLE_WHEN_NO_PARENT);
			ui.setExitPosition(editor.getViewer(), document.getLength(), 0, Integer.MAX_VALUE);
			ui.enter();
		} catch (BadLocationException e) {
			// the text changed under us: the user edits it without linked mode
		}
	}
}

package org.chancery.lang.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DefaultIndentLineAutoEditStrategy;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Enter keeps the line's indentation, and after a {@code {} indents one level more; between
 * {@code {} and {@code }} the closing brace goes to its own line, at the opening line's indentation.
 */
public class BraceIndentStrategy extends DefaultIndentLineAutoEditStrategy {

	static final String LEVEL = "  ";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null || TextUtilities.equals(document.getLegalLineDelimiters(), command.text) < 0) {
			super.customizeDocumentCommand(document, command);
			return;
		}
		try {
			IRegion line = document.getLineInformationOfOffset(command.offset);
			String before = document.get(line.getOffset(), command.offset - line.getOffset());
			String indent = before.substring(0, before.length() - before.stripLeading().length());
			if (!before.stripTrailing().endsWith("{")) {
				super.customizeDocumentCommand(document, command);
				return;
			}
			String delimiter = command.text;
			command.text = delimiter + indent + LEVEL;
			String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
			if (after.stripLeading().startsWith("}")) {
				command.caretOffset = command.offset + command.text.length();
				command.shiftsCaret = false;
				command.text += delimiter + indent;
			}
		} catch (BadLocationException e) {
			super.customizeDocumentCommand(document, command);
		}
	}
}

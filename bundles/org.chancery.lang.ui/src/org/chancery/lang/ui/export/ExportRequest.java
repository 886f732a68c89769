package org.chancery.lang.ui.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;

/**
 * What to export: the documents of some files of a project (all of them for a whole-project
 * export), in one format, into a folder of the file system.
 *
 * @param format "tei", "cmif" or "xmi"
 * @param files the files whose documents are exported; the project's other files are read for
 *        references and registers
 */
public record ExportRequest(String format, IProject project, List<IFile> files, Path folder) {
}

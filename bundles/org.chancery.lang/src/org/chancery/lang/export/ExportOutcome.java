package org.chancery.lang.export;

/** What an export did to its folder: files written, and files of earlier exports removed. */
public record ExportOutcome(int written, int removed) {
}

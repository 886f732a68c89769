package org.chancery.lang.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bookkeeping of an export folder, in {@code DIR/.chancery/}, that makes an export one
 * transaction. New files are staged in {@code staging/}; when all are there, the plan (files to
 * move in, files to remove, the new manifest) is written and switched in with one rename as
 * {@code commit}: from that moment the export has happened, and whoever finds {@code commit}
 * (this run, or the next after an interruption) carries it out to the end. Without {@code commit},
 * staged files are an export that did not happen and are deleted. Carrying out a plan is
 * idempotent (a file already moved is not in staging any more; a removal of a missing file is
 * done), so an interruption while carrying it out is harmless too.
 *
 * <p>{@code manifest-FORMAT} lists the files that Chancery's exports in that format wrote into the
 * folder: only those are ever removed, never a file of the user's.
 */
final class ExportJournal {

	static final String FOLDER = ".chancery";

	private static final String WRITE = "write ";
	private static final String REMOVE = "remove ";
	private static final String KEEP = "keep ";
	private static final String MANIFEST = "manifest ";

	/** The temporaries of Chancery 0.1's exports: {@code .<name>.xml.<random>.tmp}. */
	private static final Pattern EARLIER_TEMPORARY = Pattern.compile("\\..+\\.(xml|xmi)\\.\\d+\\.tmp");

	/** A transaction decided on: what it moves in, removes, and the manifest it leaves. */
	record Plan(String manifestName, List<String> written, List<String> removed, List<String> manifest) {
	}

	private final Path folder;
	private final Path home;

	ExportJournal(Path folder) {
		this.folder = folder;
		this.home = folder.resolve(FOLDER);
	}

	Path home() {
		return home;
	}

	Path staging() {
		return home.resolve("staging");
	}

	private Path commit() {
		return home.resolve("commit");
	}

	/** Creates the bookkeeping folder and an empty staging folder. */
	void prepare() throws IOException {
		Files.createDirectories(staging());
	}

	/**
	 * Finishes or undoes what an interrupted export left: carries out a decided plan, deletes
	 * staged files of an undecided one, and the temporaries of earlier Chancery versions.
	 */
	void recover() throws IOException {
		if (Files.exists(commit())) {
			carryOut(readPlan());
		}
		deleteTree(staging());
		if (Files.isDirectory(home)) {
			try (Stream<Path> files = Files.list(home)) {
				for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> EARLIER_TEMPORARY.matcher(f.getFileName().toString()).matches())
						.filter(Files::isRegularFile).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** The files the manifest of this format lists (none before the first export). */
	Set<String> manifest(String manifestName) throws IOException {
		Path manifest = home.resolve(manifestName);
		if (!Files.exists(manifest)) {
			return new LinkedHashSet<>();
		}
		Set<String> names = new LinkedHashSet<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (!line.isEmpty() && !line.startsWith("#")) {
				names.add(line);
			}
		}
		return names;
	}

	/** Decides the transaction: after this returns, the export has happened (or will, on recovery). */
	void decide(Plan plan) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(MANIFEST + plan.manifestName());
		plan.written().forEach(name -> lines.add(WRITE + name));
		plan.removed().forEach(name -> lines.add(REMOVE + name));
		plan.manifest().stream().filter(name -> !plan.written().contains(name)).forEach(name -> lines.add(KEEP + name));
		writeAtomically(commit(), lines);
	}

	/** Moves the staged files in, removes the stale ones, writes the manifest, then forgets the plan. */
	void carryOut(Plan plan) throws IOException {
		for (String name : plan.written()) {
			Path staged = staging().resolve(name);
			if (Files.exists(staged)) {
				Path target = folder.resolve(name);
				keepPermissions(target, staged);
				move(staged, target);
			}
		}
		for (String name : plan.removed()) {
			Files.deleteIfExists(folder.resolve(name));
		}
		List<String> manifest = new ArrayList<>();
		manifest.add("# The files Chancery's exports wrote into this folder; only these are ever removed. Do not edit.");
		manifest.addAll(plan.manifest());
		writeAtomically(home.resolve(plan.manifestName()), manifest);
		deleteTree(staging());
		Files.deleteIfExists(commit());
	}

	private Plan readPlan() throws IOException {
		String manifestName = null;
		List<String> written = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (String line : Files.readAllLines(commit(), StandardCharsets.UTF_8)) {
			if (line.startsWith(MANIFEST)) {
				manifestName = line.substring(MANIFEST.length());
			} else if (line.startsWith(WRITE)) {
				written.add(line.substring(WRITE.length()));
			} else if (line.startsWith(REMOVE)) {
				removed.add(line.substring(REMOVE.length()));
			} else if (line.startsWith(KEEP)) {
				kept.add(line.substring(KEEP.length()));
			}
		}
		if (manifestName == null) {
			throw new IOException("the export journal " + commit() + " is damaged; delete the folder " + home
					+ " and export again");
		}
		List<String> manifest = new ArrayList<>(kept);
		manifest.addAll(written);
		return new Plan(manifestName, written, removed, manifest.stream().sorted().toList());
	}

	/** A replaced file keeps its mode (0644 stays 0644); a new one has the user's umask already. */
	private static void keepPermissions(Path target, Path staged) throws IOException {
		PosixFileAttributeView existing = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		if (existing == null || !Files.exists(target)) {
			return;
		}
		Set<PosixFilePermission> permissions = existing.readAttributes().permissions();
		Files.getFileAttributeView(staged, PosixFileAttributeView.class).setPermissions(permissions);
	}

	private static void writeAtomically(Path file, List<String> lines) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.write(temporary, lines, StandardCharsets.UTF_8);
		move(temporary, file);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.deleteIfExists(path);
				} catch (NoSuchFileException e) {
					// gone already
				}
			}
		}
	}
}

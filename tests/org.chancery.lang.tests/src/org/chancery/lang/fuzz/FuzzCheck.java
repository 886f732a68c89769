package org.chancery.lang.fuzz;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chancery.lang.corpus.Corpus;
import org.chancery.lang.export.CmifExport;
import org.chancery.lang.export.CorpusFormat;
import org.chancery.lang.export.CorpusValidation;
import org.chancery.lang.export.ExportProgress;
import org.chancery.lang.export.RelaxNgValidation;
import org.chancery.lang.export.TeiExport;
import org.chancery.lang.export.XmiExport;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Injector;

/**
 * One input through everything a user's file goes through: load (parse, link), validate, and, if
 * there is no error, export to TEI, CMIF and XMI, each file well-formed and the TEI and CMIF
 * files valid against their schemas. What it finds is a failure, or a known issue left to
 * another change.
 */
final class FuzzCheck {

	/** What one input came to. Exactly one of failure and known is set, or neither. */
	record Outcome(boolean exported, long millis, String failure, String known) {
	}

	/**
	 * The limit on one input, in CPU time of the checking thread: wall time would measure the other
	 * processes of a shared machine too (the build runs beside other jobs).
	 */
	static final long MAX_MILLIS = 1_000;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final FuzzCorpus corpus;
	private final CorpusValidation validation;
	private final RelaxNgValidation tei;
	private final RelaxNgValidation cmif;

	/** The files of the unmutated corpus: only files that differ from them are checked with Jing again. */
	private final Map<String, byte[]> baseline = new TreeMap<>();

	FuzzCheck(Injector injector, RelaxNgValidation tei, RelaxNgValidation cmif) {
		this.corpus = new FuzzCorpus(injector);
		this.validation = injector.getInstance(CorpusValidation.class);
		this.tei = tei;
		this.cmif = cmif;
	}

	Outcome check(Map<String, String> files) {
		return check(FuzzCorpus.bytes(files), files.values().stream().anyMatch(FuzzCheck::hasControlCharacters));
	}

	/**
	 * @param control whether the files have control characters (issue 19's item 5: until they are
	 *            validation errors, an export that refuses them is a known issue, not a failure)
	 */
	Outcome check(Map<String, byte[]> files, boolean control) {
		LoggedErrors logged = LoggedErrors.start();
		try {
			Outcome outcome = checkOnce(files, control, false);
			String error = logged.first();
			return outcome.failure() == null && error != null ? new Outcome(outcome.exported(), outcome.millis(), error, null) : outcome;
		} finally {
			logged.stop();
		}
	}

	private Outcome checkOnce(Map<String, byte[]> files, boolean control, boolean retried) {
		long start = THREADS.getCurrentThreadCpuTime();
		Map<String, byte[]> outputs = new TreeMap<>();
		boolean exported;
		try {
			Corpus loaded = corpus.load(files);
			long errors = CorpusValidation.count(validation.validate(loaded), Severity.ERROR);
			exported = errors == 0;
			if (exported) {
				try {
					export(loaded, outputs);
				} catch (Exception e) {
					return exportFailure(control, start, "export refused after a clean validation: " + describe(e));
				}
			}
		} catch (Throwable e) {
			return new Outcome(false, millis(start), "exception: " + describe(e), null);
		}
		long millis = millis(start);
		if (millis > MAX_MILLIS && !retried) {
			// once more, to tell a slow input from a pause of the machine (JIT, GC, other processes)
			Outcome again = checkOnce(files, control, true);
			return again.millis() > MAX_MILLIS ? new Outcome(exported, again.millis(), "took " + millis + " ms of CPU time, then "
					+ again.millis() + " ms", null) : again;
		}
		for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
			String problem = problem(output.getKey(), output.getValue());
			if (problem != null) {
				return exportFailure(control, start, output.getKey() + ": " + problem);
			}
		}
		return new Outcome(exported, millis, null, null);
	}

	/** Exports the unmutated corpus and keeps its files. */
	void rememberBaseline(Map<String, String> files) throws Exception {
		Map<String, byte[]> outputs = new TreeMap<>();
		export(corpus.load(FuzzCorpus.bytes(files)), outputs);
		for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
			String problem = problem(output.getKey(), output.getValue());
			if (problem != null) {
				throw new AssertionError("the unmutated corpus exports " + output.getKey() + ": " + problem);
			}
		}
		baseline.putAll(outputs);
	}

	private static void export(Corpus loaded, Map<String, byte[]> outputs) throws Exception {
		for (CorpusFormat format : List.of(new TeiExport(), new XmiExport(),
				new CmifExport(Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC)))) {
			if (format.refusal(loaded).isPresent()) {
				// a refusal the format states (CMIF without an edition declaration) is no bug
				continue;
			}
			format.write(loaded, (name, content) -> outputs.put(format.getClass().getSimpleName() + "/" + name, content),
					ExportProgress.NONE);
		}
	}

	/** What is wrong with an exported file, or null. */
	private String problem(String name, byte[] content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
			if (Arrays.equals(baseline.get(name), content) || name.startsWith("XmiExport/")) {
				return null;
			}
			List<String> errors = name.startsWith("CmifExport/") ? cmif.errors(content) : tei.errors(content);
			return errors.isEmpty() ? null : "not valid: " + errors.get(0);
		} catch (Exception e) {
			return "not well-formed: " + describe(e);
		}
	}

	/** A refused or broken export of a text with control characters is issue 19's item 5, done in another change. */
	private static Outcome exportFailure(boolean control, long start, String failure) {
		return control ? new Outcome(false, millis(start), null, failure) : new Outcome(false, millis(start), failure, null);
	}

	static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)
					|| c == '\\' && text.startsWith("\\u", i)) {
				return true;
			}
		}
		return false;
	}

	static String describe(Throwable e) {
		StackTraceElement[] trace = e.getStackTrace();
		String where = trace.length == 0 ? "" : " at " + trace[0];
		String message = e.getMessage() == null ? "" : ": " + e.getMessage();
		return e.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 200) + "…" : message) + where;
	}

	private static long millis(long start) {
		return (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
	}
}

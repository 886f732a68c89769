package org.chancery.lang.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic corpus for benchmarks: registers of persons, places and organisations, and
 * one file a document with the constructs and proportions of the example corpus (mentions with
 * variants, several date forms, Julian dates, nested quotations, footnotes, editorial brackets,
 * speaker turns, replies to earlier documents). The same seed gives the same corpus, and the
 * corpus validates without errors.
 */
public final class CorpusGenerator {

	private static final String[] KINDS = { "telegram", "telegram", "telegram", "telegram", "letter", "letter",
			"letter", "conversation", "meeting", "minutes", "report" };
	private static final String[] WORDS = ("the of refugees consul telegram government border returned ministry "
			+ "question matter reported troops officials local amnesty report investigation country trade received "
			+ "instructions governor frontier ambassador representations relations concern citizens territory")
			.split(" ");
	private static final String[] OFFICES = { "Consul", "Governor", "Ambassador", "Circuit intendant", "Minister" };

	private final Random random;
	private final int persons;
	private final int places;
	private final int organisations;

	/** The documents written so far, in date order, that later ones may answer. */
	private final List<Written> written = new ArrayList<>();

	private record Written(String id, LocalDate date) {
	}

	/** Register sizes follow the design's benchmark: 2,000 persons and 1,000 places for 10,000 documents. */
	public CorpusGenerator(long seed, int documents) {
		this.random = new Random(seed);
		this.persons = Math.max(10, documents / 5);
		this.places = Math.max(5, documents / 10);
		this.organisations = Math.max(5, documents / 20);
	}

	/** What was written. */
	public record Summary(int files, int documents, long bytes) {
	}

	public Summary write(Path folder, int documents) throws IOException {
		Files.createDirectories(folder.resolve("registers"));
		long bytes = 0;
		bytes += write(folder.resolve("registers/persons.chancery"), register("person", persons));
		bytes += write(folder.resolve("registers/places.chancery"), register("place", places));
		bytes += write(folder.resolve("registers/organisations.chancery"), register("organisation", organisations));
		bytes += write(folder.resolve("registers/publications.chancery"),
				"publication edition {\n  name \"\"\n}\n".replace("name \"\"", "title \"Documents on the Xinjiang frontier\""));
		LocalDate date = LocalDate.of(1910, 1, 1);
		for (int i = 0; i < documents; i++) {
			date = date.plusDays(random.nextInt(2));
			String id = String.format("%s-doc-%05d", date, i);
			Path file = folder.resolve("documents/" + date.getYear() + "/" + id + ".chancery");
			Files.createDirectories(file.getParent());
			bytes += write(file, document(id, date));
			written.add(new Written(id, date));
		}
		return new Summary(documents + 4, documents, bytes);
	}

	private static long write(Path file, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		Files.write(file, bytes);
		return bytes.length;
	}

	private String register(String kind, int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append(kind).append(' ').append(kind).append('-').append(i).append(" {\n");
			out.append("  name \"").append(name(kind, i)).append("\"\n");
			out.append("  variant \"").append(variant(kind, i)).append("\"\n");
			if (kind.equals("person") && i % 3 == 0) {
				out.append("  office \"").append(OFFICES[i % OFFICES.length]).append("\" from 1900 to 1950\n");
			}
			if (kind.equals("place") && i % 2 == 0) {
				out.append("  coordinates ").append(30 + i % 20).append('.').append(10 + i % 80).append(", ")
						.append(70 + i % 30).append('.').append(10 + i % 80).append('\n');
			}
			if (i % 4 == 0) {
				out.append("  wikidata Q").append(1000 + i).append('\n');
			}
			out.append("}\n\n");
		}
		return out.toString();
	}

	private static String name(String kind, int i) {
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " Name" + i;
	}

	private static String variant(String kind, int i) {
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " Variant" + i;
	}

	private String document(String id, LocalDate date) {
		String kind = KINDS[random.nextInt(KINDS.length)];
		StringBuilder out = new StringBuilder();
		out.append(kind).append(' ').append(id).append(" {\n");
		out.append("  title \"").append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1))
				.append(" of ").append(date).append("\"\n");
		boolean record = kind.equals("conversation") || kind.equals("meeting");
		if (record) {
			out.append("  participants ").append(person()).append(", ").append(person()).append('\n');
		} else if (!kind.equals("minutes")) {
			out.append("  from ").append(person()).append(random.nextInt(4) == 0 ? " as \"" + OFFICES[random.nextInt(OFFICES.length)] + "\"" : "")
					.append(" at ").append(place()).append('\n');
			out.append("  to ").append(random.nextBoolean() ? person() : organisation()).append('\n');
		}
		appendDates(out, date);
		out.append("  source edition page ").append(1 + random.nextInt(400)).append('\n');
		if (!written.isEmpty() && random.nextInt(5) == 0) {
			out.append("  replies-to ").append(written.get(written.size() - 1 - random.nextInt(Math.min(20, written.size()))).id()).append('\n');
		}
		boolean footnote = random.nextInt(5) == 0;
		if (record) {
			for (int turn = 0; turn < 2 + random.nextInt(3); turn++) {
				out.append("  turn ").append(person()).append(" \"Speaker\" {\n    ").append(paragraph(date, false)).append("\n  }\n");
			}
		} else {
			out.append("  text {\n");
			int paragraphs = 1 + random.nextInt(4);
			for (int p = 0; p < paragraphs; p++) {
				out.append("    ").append(paragraph(date, footnote && p == 0)).append("\n\n");
			}
			out.append("  }\n");
		}
		if (footnote && !record) {
			out.append("  note 1 {\n    ").append(sentence()).append("\n  }\n");
		}
		out.append("}\n");
		return out.toString();
	}

	private void appendDates(StringBuilder out, LocalDate date) {
		int form = random.nextInt(100);
		if (form < 60) {
			out.append("  date ").append(date).append('\n');
		} else if (form < 80) {
			out.append("  sent ").append(date).append("\n  received ").append(date.plusDays(1 + random.nextInt(5))).append('\n');
		} else if (form < 88) {
			// Julian documents: written 13 days "earlier" in their own calendar
			out.append("  calendar julian\n  date ").append(date.minusDays(13)).append('\n');
		} else if (form < 93) {
			out.append("  date c. ").append(date.getYear()).append('-').append(String.format("%02d", date.getMonthValue())).append('\n');
		} else if (form < 97) {
			out.append("  date between ").append(date).append(" and ").append(date.plusDays(10)).append('\n');
		} else {
			out.append("  date ").append(date).append("\n  event ").append(date.minusDays(3)).append('\n');
		}
	}

	private String paragraph(LocalDate date, boolean footnote) {
		StringBuilder out = new StringBuilder();
		int sentences = 2 + random.nextInt(4);
		for (int s = 0; s < sentences; s++) {
			out.append(sentence()).append(' ');
			switch (random.nextInt(8)) {
				case 0 -> out.append("On <date ").append(date.minusDays(1 + random.nextInt(9))).append("|that day> ");
				case 1 -> out.append("the [Foreign] Ministry ");
				case 2 -> out.append("the Kazakhs [sic] ");
				case 3 -> out.append("<quote telegram ").append(quoteId()).append(" from ").append(person())
						.append("|‘").append(sentence()).append("’> ");
				default -> {
					// plain prose
				}
			}
		}
		if (footnote) {
			out.append("See the note[^1].");
		}
		return out.toString().strip();
	}

	/** Quoted documents have corpus-wide ids too. */
	private int quotes;

	private String quoteId() {
		return "quoted-" + quotes++;
	}

	private String sentence() {
		StringBuilder out = new StringBuilder();
		int words = 8 + random.nextInt(12);
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				out.append(' ');
			}
			if (random.nextInt(9) == 0) {
				out.append(mention());
			} else {
				out.append(WORDS[random.nextInt(WORDS.length)]);
			}
		}
		out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
		return out.append('.').toString();
	}

	private String mention() {
		return switch (random.nextInt(3)) {
			case 0 -> surface("person", random.nextInt(persons));
			case 1 -> surface("place", random.nextInt(places));
			default -> surface("organisation", random.nextInt(organisations));
		};
	}

	private String surface(String kind, int i) {
		return "<" + kind + "-" + i + "|" + (random.nextBoolean() ? name(kind, i) : variant(kind, i)) + ">";
	}

	private String person() {
		return "person-" + random.nextInt(persons);
	}

	private String place() {
		return "place-" + random.nextInt(places);
	}

	private String organisation() {
		return "organisation-" + random.nextInt(organisations);
	}
}

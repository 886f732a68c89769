package org.chancery.lang.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.Aliases;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.EntryProperty;
import org.chancery.lang.chancery.PreferredName;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.chancery.Variants;

/**
 * Whether the words of a mention name its entry. Case, diacritics, punctuation and the editor's
 * brackets do not count ("[Foreign] Ministry" is "Foreign Ministry", "[Sc]hmidt" is "Schmidt",
 * "Ürümqi" is "Urumqi"), and
 * part of a name is a match: historians write "Kudashev" for "N. A. Kudashev".
 */
public final class NameMatching {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");

	/** The editor's signs inside a word join its letters: "[Sc]hmidt" is "Schmidt". */
	private static final Pattern EDITORIAL_SIGNS = Pattern.compile("[\\[\\]⟨⟩{}]");

	private NameMatching() {
	}

	/** Every name an entry is known by: preferred name (or title), variants, aliases. */
	public static List<String> namesOf(Entry entry) {
		List<String> names = new ArrayList<>();
		for (EntryProperty property : entry.getProperties()) {
			switch (property) {
				case PreferredName name -> names.add(name.getValue());
				case Title title -> names.add(title.getValue());
				case Variants variants -> names.addAll(variants.getValues());
				case Aliases aliases -> names.addAll(aliases.getValues());
				default -> {
					// not a name
				}
			}
		}
		names.removeIf(name -> name == null);
		return names;
	}

	public static boolean matches(String surface, List<String> names) {
		List<String> words = words(surface);
		return !words.isEmpty() && names.stream().map(NameMatching::words).anyMatch(name -> Collections.indexOfSubList(name, words) >= 0);
	}

	/** Whether the surface has a word of one of the names: "Grimm" of "Jacob Grimm" in "Brüder Grimm". */
	public static boolean sharesAWord(String surface, List<String> names) {
		List<String> words = words(surface);
		return names.stream().map(NameMatching::words).anyMatch(name -> name.stream().anyMatch(words::contains));
	}

	/** At most `limit` names, ordered by closeness to the surface text, for "did you mean". */
	public static List<String> closest(String surface, List<String> names, int limit) {
		String key = String.join(" ", words(surface));
		record Scored(String name, int distance) {
		}
		return names.stream().distinct().map(name -> new Scored(name, CloseIds.distance(key, String.join(" ", words(name)))))
				.sorted(Comparator.comparingInt(Scored::distance)).limit(limit).map(Scored::name).toList();
	}

	/**
	 * The names for a message: the closest few, and how many more there are, so that an entry with
	 * thousands of variants still gives a short warning ("A, B, C and 9,997 more").
	 */
	public static String listed(List<String> closest, int total) {
		String list = String.join(", ", closest);
		int more = total - closest.size();
		return more <= 0 ? list : String.format(Locale.ROOT, "%s and %,d more", list, more);
	}

	/** Lower-case words without diacritics; a possessive 's is dropped. */
	static List<String> words(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(EDITORIAL_SIGNS.matcher(text).replaceAll(""), Normalizer.Form.NFD)).replaceAll("")
				.replace('’', '\'').toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>(Arrays.asList(NOT_WORD.split(plain.strip())));
		words.replaceAll(word -> word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
		words.removeIf(word -> word.isEmpty() || word.equals("'") || word.equals("-"));
		return words;
	}
}

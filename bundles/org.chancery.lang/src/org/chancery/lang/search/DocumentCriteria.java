package org.chancery.lang.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a search for documents asks; an empty or null criterion asks nothing. Ids are compared as
 * written, ignoring case; dates are Gregorian days, both ends included.
 *
 * @param sender the id of a sender ({@code from})
 * @param recipient the id of a recipient ({@code to})
 * @param from the first day of the date range
 * @param to the last day of the date range
 * @param place the id of a place named with {@code at} or mentioned in the text
 * @param person the id of a person (or anything) mentioned in the text
 * @param kind the kind of document: {@code telegram}, {@code letter}, …
 * @param words words that all occur in the document's text, ignoring case
 */
public record DocumentCriteria(String sender, String recipient, LocalDate from, LocalDate to, String place, String person,
		String kind, String words) {

	/** What the search asks, for the Search view's label: {@code from stalin, 1940-01-01 to 1949-12-31}. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (isSet(sender)) {
			parts.add("from " + sender);
		}
		if (isSet(recipient)) {
			parts.add("to " + recipient);
		}
		if (from != null || to != null) {
			parts.add((from == null ? "…" : from.toString()) + " to " + (to == null ? "…" : to.toString()));
		}
		if (isSet(place)) {
			parts.add("at " + place);
		}
		if (isSet(person)) {
			parts.add("mentioning " + person);
		}
		if (isSet(kind)) {
			parts.add(kind);
		}
		if (isSet(words)) {
			parts.add("“" + words.strip() + "”");
		}
		return parts.isEmpty() ? "every document" : String.join(", ", parts);
	}

	static boolean isSet(String criterion) {
		return criterion != null && !criterion.isBlank();
	}
}

package org.chancery.lang.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chronology.StatedDates;
import org.chancery.lang.dates.CalendarSystem;
import org.chancery.lang.dates.InvalidDateException;
import org.chancery.lang.dates.TeiDate;

/**
 * The one adapter between the model's dates and TEI's dating attributes: a {@link DateSpec} gives
 * {@code @when}, {@code @notBefore}, {@code @notAfter}, {@code @from}, {@code @to} as Gregorian ISO
 * values, {@code @cert} ({@code medium} for "c.", {@code low} for "?"), and for a Julian date the
 * date as written in the matching {@code -custom} attribute with {@code @datingMethod="#julian"}.
 * <p>
 * The values come from the dates package through {@link StatedDates#normalise(DateSpec)}, which
 * knows the calendar in force (the date's own, else the document's {@code calendar}, else the
 * Gregorian) and resolves {@code day 14} against the document's date.
 */
public final class TeiDateAttributes {

	/** The {@code xml:id} of the calendar that {@code @datingMethod} points at. */
	public static final String JULIAN_CALENDAR_ID = "julian";

	private TeiDateAttributes() {
	}

	/**
	 * The attributes in TEI's order, or none for a date that cannot be read (the validator reports
	 * those; a forced export keeps the words and drops the normalisation).
	 */
	public static Map<String, String> of(DateSpec spec) {
		Map<String, String> attributes = new LinkedHashMap<>();
		if (spec == null) {
			return attributes;
		}
		TeiDate date;
		try {
			date = StatedDates.normalise(spec);
		} catch (InvalidDateException e) {
			return attributes;
		}
		put(attributes, "when", date.when());
		put(attributes, "notBefore", date.notBefore());
		put(attributes, "notAfter", date.notAfter());
		put(attributes, "from", date.from());
		put(attributes, "to", date.to());
		if (date.uncertain()) {
			attributes.put("cert", "low");
		} else if (date.approximate()) {
			attributes.put("cert", "medium");
		}
		if (date.calendar() == CalendarSystem.JULIAN) {
			customAttributes(spec, date.original(), attributes);
			attributes.put("datingMethod", "#" + JULIAN_CALENDAR_ID);
		}
		return attributes;
	}

	/** Applies {@link #of(DateSpec)} to an element. */
	public static XmlElement apply(DateSpec spec, XmlElement element) {
		of(spec).forEach(element::attribute);
		return element;
	}

	/** The date as written goes where its Gregorian value went; a range's or span's original is "A/B". */
	private static void customAttributes(DateSpec spec, String original, Map<String, String> attributes) {
		if (spec.getFrom() != null) {
			String[] ends = original.split("/", 2);
			attributes.put(spec.isSpan() ? "from-custom" : "notBefore-custom", ends[0]);
			attributes.put(spec.isSpan() ? "to-custom" : "notAfter-custom", ends.length == 2 ? ends[1] : ends[0]);
		} else if (spec.getNotAfter() != null) {
			attributes.put("notAfter-custom", original);
		} else if (spec.getNotBefore() != null) {
			attributes.put("notBefore-custom", original);
		} else {
			attributes.put("when-custom", original);
		}
	}

	private static void put(Map<String, String> attributes, String name, String value) {
		if (value != null) {
			attributes.put(name, value);
		}
	}
}

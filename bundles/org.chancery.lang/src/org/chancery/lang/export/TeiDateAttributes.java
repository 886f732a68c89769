package org.chancery.lang.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.JulianFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Calendar;
import org.chancery.lang.chancery.CalendarDeclaration;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.DateSpec;
import org.eclipse.emf.ecore.EObject;

/**
 * The one adapter between the model's dates and TEI's dating attributes: a {@link DateSpec} gives
 * {@code @when}, {@code @notBefore}, {@code @notAfter}, {@code @from}, {@code @to} as Gregorian ISO
 * values, {@code @cert} ({@code medium} for "c.", {@code low} for "?"), and for a Julian date the
 * date as written in the matching {@code -custom} attribute with {@code @datingMethod="#julian"}.
 * <p>
 * The calendar is the one the date names, else the document's {@code calendar} declaration, else
 * the Gregorian; {@code day 14} is the latest 14th on or before the document's date (its
 * {@code date}, else {@code sent}, else {@code received}).
 * <p>
 * Interim: the project's {@code org.chancery.lang.dates} package (WrittenDate, DateNormaliser,
 * RelativeDays, TeiDate) is being written on {@code main}. Until it lands, {@link #normalise}
 * does the small part of its work the export needs; when it lands, only that method and
 * {@link Normalised} change to DateNormaliser and TeiDate, and this class's contract stays.
 */
public final class TeiDateAttributes {

	/** The {@code xml:id} of the calendar that {@code @datingMethod} points at. */
	public static final String JULIAN_CALENDAR_ID = "julian";

	private TeiDateAttributes() {
	}

	/**
	 * The attributes in TEI's order, or no attributes for a date that cannot be read (the
	 * validator reports those; a forced export keeps the words and drops the normalisation).
	 */
	public static Map<String, String> of(DateSpec spec) {
		Map<String, String> attributes = new LinkedHashMap<>();
		if (spec == null) {
			return attributes;
		}
		Optional<Normalised> normalised = normalise(spec);
		if (normalised.isEmpty()) {
			return attributes;
		}
		Normalised date = normalised.get();
		attributes.put("when", date.when());
		attributes.put("notBefore", date.notBefore());
		attributes.put("notAfter", date.notAfter());
		attributes.put("from", date.from());
		attributes.put("to", date.to());
		attributes.values().removeIf(Objects::isNull);
		if (date.uncertain()) {
			attributes.put("cert", "low");
		} else if (date.approximate()) {
			attributes.put("cert", "medium");
		}
		if (date.julian()) {
			customAttributes(spec, date, attributes);
			attributes.put("datingMethod", "#" + JULIAN_CALENDAR_ID);
		}
		return attributes;
	}

	/** Applies {@link #of(DateSpec)} to an element. */
	public static XmlElement apply(DateSpec spec, XmlElement element) {
		of(spec).forEach(element::attribute);
		return element;
	}

	/** Whether the date is read in the Julian calendar. */
	public static boolean isJulian(DateSpec spec) {
		if (spec.isJulian() || spec.isGregorian()) {
			return spec.isJulian();
		}
		AbstractDocument document = enclosingDocument(spec);
		return document != null && TeiDocuments.items(document).stream()
				.filter(CalendarDeclaration.class::isInstance).map(CalendarDeclaration.class::cast).findFirst()
				.map(declaration -> declaration.getCalendar() == Calendar.JULIAN).orElse(false);
	}

	/** The date as written goes where its Gregorian value went. */
	private static void customAttributes(DateSpec spec, Normalised date, Map<String, String> attributes) {
		if (spec.getFrom() != null) {
			attributes.put("from-custom", spec.getFrom());
			attributes.put("to-custom", spec.getTo());
		} else if (spec.getNotAfter() != null) {
			attributes.put("notAfter-custom", spec.getNotAfter());
		} else if (spec.getNotBefore() != null) {
			attributes.put("notBefore-custom", spec.getNotBefore());
		} else {
			attributes.put("when-custom", date.original());
		}
	}

	/** The shape of the dates package's TeiDate that the export reads. */
	private record Normalised(String when, String notBefore, String notAfter, String from, String to, boolean approximate,
			boolean uncertain, String original, boolean julian) {
	}

	private static Optional<Normalised> normalise(DateSpec spec) {
		boolean julian = isJulian(spec);
		try {
			if (spec.getFrom() != null) {
				return Optional.of(new Normalised(null, null, null, earliest(spec.getFrom(), julian), latest(spec.getTo(), julian), false,
						false, null, julian));
			}
			if (spec.getNotAfter() != null) {
				return Optional.of(new Normalised(null, null, latest(spec.getNotAfter(), julian), null, null, false, false, null, julian));
			}
			if (spec.getNotBefore() != null) {
				return Optional.of(new Normalised(null, earliest(spec.getNotBefore(), julian), null, null, null, false, false, null, julian));
			}
			String written = spec.getWhen() != null ? spec.getWhen() : relativeDay(spec, julian);
			if (written == null) {
				return Optional.empty();
			}
			boolean day = written.length() == 10;
			if (!julian || day) {
				String when = julian ? earliest(written, true) : checked(written);
				return Optional.of(new Normalised(when, null, null, null, null, spec.isApproximate(), spec.isUncertain(), written, julian));
			}
			// a Julian month or year straddles Gregorian months: give its first and last day
			return Optional.of(new Normalised(null, earliest(written, true), latest(written, true), null, null, spec.isApproximate(),
					spec.isUncertain(), written, true));
		} catch (DateTimeException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** The latest such day on or before the document's date, as an ISO day in its calendar. */
	private static String relativeDay(DateSpec spec, boolean julian) {
		AbstractDocument document = enclosingDocument(spec);
		if (document == null) {
			return null;
		}
		for (DateRole role : new DateRole[] { DateRole.WRITTEN, DateRole.SENT, DateRole.RECEIVED }) {
			Optional<String> reference = TeiDocuments.items(document).stream().filter(DateField.class::isInstance)
					.map(DateField.class::cast).filter(field -> field.getRole() == role && field.getDate() != null)
					.map(field -> field.getDate().getWhen()).filter(when -> when != null && when.length() == 10).findFirst();
			if (reference.isPresent()) {
				// the day numbers count in the document's calendar: a plain ISO date stands for it
				LocalDate date = LocalDate.parse(reference.get());
				LocalDate candidate = date.withDayOfMonth(1);
				while (spec.getRelativeDay() > candidate.lengthOfMonth() || candidate.withDayOfMonth(spec.getRelativeDay()).isAfter(date)) {
					candidate = candidate.minusMonths(1);
				}
				return candidate.withDayOfMonth(spec.getRelativeDay()).toString();
			}
		}
		return null;
	}

	private static String checked(String iso) {
		return switch (iso.length()) {
			case 4 -> String.valueOf(Integer.parseInt(iso));
			case 7 -> YearMonth.parse(iso).toString();
			default -> LocalDate.parse(iso).toString();
		};
	}

	/** The first Gregorian day of the period written in the given calendar. */
	private static String earliest(String iso, boolean julian) {
		int[] parts = parts(iso);
		if (!julian) {
			return checked(iso);
		}
		return fromJulian(parts[0], Math.max(parts[1], 1), Math.max(parts[2], 1)).toString();
	}

	/** The last Gregorian day of the period written in the given calendar. */
	private static String latest(String iso, boolean julian) {
		int[] parts = parts(iso);
		if (!julian) {
			return checked(iso);
		}
		int month = parts[1] == 0 ? 12 : parts[1];
		int day = parts[2] != 0 ? parts[2] : julianMonthLength(parts[0], month);
		return fromJulian(parts[0], month, day).toString();
	}

	private static int[] parts(String iso) {
		String[] split = iso.split("-");
		int[] parts = new int[3];
		for (int i = 0; i < split.length; i++) {
			parts[i] = Integer.parseInt(split[i]);
		}
		return parts;
	}

	private static int julianMonthLength(int year, int month) {
		return month == 2 ? (year % 4 == 0 ? 29 : 28) : YearMonth.of(2001, month).lengthOfMonth();
	}

	/** Julian calendar date to Gregorian, through the Julian Day Number. */
	private static LocalDate fromJulian(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > julianMonthLength(year, month)) {
			throw new DateTimeException("no such Julian day: " + year + "-" + month + "-" + day);
		}
		int a = (14 - month) / 12;
		long y = year + 4800L - a;
		int m = month + 12 * a - 3;
		long julianDayNumber = day + (153L * m + 2) / 5 + 365 * y + y / 4 - 32083;
		return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, julianDayNumber);
	}

	private static AbstractDocument enclosingDocument(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof AbstractDocument document) {
				return document;
			}
		}
		return null;
	}
}

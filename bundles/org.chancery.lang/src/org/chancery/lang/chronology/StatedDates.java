package org.chancery.lang.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.CalendarDeclaration;
import org.chancery.lang.chancery.DateField;
import org.chancery.lang.chancery.DateRole;
import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.dates.CalendarSystem;
import org.chancery.lang.dates.DateNormaliser;
import org.chancery.lang.dates.DatePrecision;
import org.chancery.lang.dates.InvalidDateException;
import org.chancery.lang.dates.RelativeDays;
import org.chancery.lang.dates.StatedTime;
import org.chancery.lang.dates.TeiDate;
import org.chancery.lang.dates.WrittenDate;
import org.chancery.lang.model.DocumentMetadata;
import org.chancery.lang.model.Documents;

/**
 * Reads the dates of the model with the calendar they are written in: the one a date names
 * (`julian 1917-06-12`), else the document's (`calendar julian`), else the Gregorian. Validation,
 * the chronology checks and the exporters all read dates through this class.
 */
public final class StatedDates {

	private StatedDates() {
	}

	public static CalendarSystem calendarOf(DateSpec spec) {
		if (spec.isJulian()) {
			return CalendarSystem.JULIAN;
		}
		if (spec.isGregorian()) {
			return CalendarSystem.GREGORIAN;
		}
		AbstractDocument document = Documents.enclosing(spec);
		if (document != null) {
			Optional<CalendarDeclaration> declaration = DocumentMetadata.first(document, CalendarDeclaration.class);
			if (declaration.isPresent()) {
				return declaration.get().getCalendar() == org.chancery.lang.chancery.Calendar.JULIAN
						? CalendarSystem.JULIAN
						: CalendarSystem.GREGORIAN;
			}
		}
		return CalendarSystem.GREGORIAN;
	}

	/** The values TEI's date attributes take, in the Gregorian calendar. */
	public static TeiDate normalise(DateSpec spec) throws InvalidDateException {
		CalendarSystem calendar = calendarOf(spec);
		if (spec.getFrom() != null && spec.isSpan()) {
			return DateNormaliser.span(WrittenDate.parse(spec.getFrom(), calendar), WrittenDate.parse(spec.getTo(), calendar));
		}
		if (spec.getFrom() != null) {
			return DateNormaliser.between(WrittenDate.parse(spec.getFrom(), calendar), WrittenDate.parse(spec.getTo(), calendar));
		}
		if (spec.getNotAfter() != null) {
			return DateNormaliser.before(WrittenDate.parse(spec.getNotAfter(), calendar));
		}
		if (spec.getNotBefore() != null) {
			return DateNormaliser.after(WrittenDate.parse(spec.getNotBefore(), calendar));
		}
		WrittenDate written = written(spec);
		TeiDate date = DateNormaliser.exact(written, spec.isApproximate(), spec.isUncertain());
		Optional<StatedTime> time = time(spec);
		if (time.isEmpty()) {
			return date;
		}
		if (written.precision() != DatePrecision.DAY) {
			throw new InvalidDateException("A time of day needs its day: 1942-05-02 10:00.");
		}
		String suffix = time.get().isoSuffix();
		return new TeiDate(date.when() + suffix, null, null, null, null, date.approximate(), date.uncertain(),
				date.original() == null ? null : date.original() + suffix, date.calendar());
	}

	/** The time of day the date states, if any. */
	public static Optional<StatedTime> time(DateSpec spec) throws InvalidDateException {
		return spec.getTime() == null ? Optional.empty() : Optional.of(StatedTime.parse(spec.getTime(), spec.isUtc(), spec.getOffset()));
	}

	/** The moment a date states, when it gives a day, a time and the zone; empty otherwise. */
	public static Optional<Instant> instant(DateSpec spec) throws InvalidDateException {
		Optional<StatedTime> time = time(spec);
		if (time.isEmpty() || time.get().zone().isEmpty() || spec.getWhen() == null) {
			return Optional.empty();
		}
		WrittenDate day = WrittenDate.parse(spec.getWhen(), calendarOf(spec));
		if (day.precision() != DatePrecision.DAY) {
			return Optional.empty();
		}
		return Optional.of(day.earliest().atTime(time.get().time()).toInstant(time.get().zone().get()));
	}

	/** The days the date may fall on. */
	public static DateInterval interval(DateSpec spec) throws InvalidDateException {
		CalendarSystem calendar = calendarOf(spec);
		if (spec.getFrom() != null) {
			return new DateInterval(WrittenDate.parse(spec.getFrom(), calendar).earliest(),
					WrittenDate.parse(spec.getTo(), calendar).latest());
		}
		if (spec.getNotAfter() != null) {
			return new DateInterval(LocalDate.MIN, WrittenDate.parse(spec.getNotAfter(), calendar).latest());
		}
		if (spec.getNotBefore() != null) {
			return new DateInterval(WrittenDate.parse(spec.getNotBefore(), calendar).earliest(), LocalDate.MAX);
		}
		WrittenDate date = written(spec);
		return new DateInterval(date.earliest(), date.latest());
	}

	/** An exact date or a relative day (`day 14`) resolved against the document's date. */
	private static WrittenDate written(DateSpec spec) throws InvalidDateException {
		if (spec.getWhen() != null) {
			return WrittenDate.parse(spec.getWhen(), calendarOf(spec));
		}
		AbstractDocument document = Documents.enclosing(spec);
		WrittenDate reference = document == null ? null : referenceDate(document).orElse(null);
		if (reference == null) {
			throw new InvalidDateException("“The " + RelativeDays.ordinal(spec.getRelativeDay())
					+ "” needs the document's own date, to the day, to count back from.");
		}
		return RelativeDays.resolve(spec.getRelativeDay(), reference);
	}

	/**
	 * The date relative days count back from: the document's date, else its dispatch, else its
	 * receipt, if stated to the day.
	 */
	public static Optional<WrittenDate> referenceDate(AbstractDocument document) {
		for (DateRole role : new DateRole[] { DateRole.WRITTEN, DateRole.SENT, DateRole.RECEIVED }) {
			Optional<DateField> field = DocumentMetadata.date(document, role);
			if (field.isPresent() && field.get().getDate() != null && field.get().getDate().getWhen() != null) {
				try {
					WrittenDate date = WrittenDate.parse(field.get().getDate().getWhen(), calendarOf(field.get().getDate()));
					if (date.precision() == DatePrecision.DAY) {
						return Optional.of(date);
					}
				} catch (InvalidDateException e) {
					// reported where the date is written
				}
			}
		}
		return Optional.empty();
	}
}

package org.chancery.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chronology.StatedDates;
import org.chancery.lang.dates.CalendarSystem;
import org.chancery.lang.dates.DatePrecision;
import org.chancery.lang.dates.InvalidDateException;
import org.chancery.lang.dates.RelativeDays;
import org.chancery.lang.dates.WrittenDate;
import org.chancery.lang.model.Documents;
import org.chancery.lang.syntax.SyntaxErrors;
import org.eclipse.xtext.validation.Check;

/**
 * Every date exists in its calendar (no 31 June; 29 February 1900 only in the Julian calendar),
 * ranges run forwards, and "the 14th" has a date to count back from.
 */
public class DateChecks extends ChanceryCheckGroup {

	@Check
	public void checkDateExists(DateSpec spec) {
		CalendarSystem calendar = StatedDates.calendarOf(spec);
		for (String value : writtenValues(spec)) {
			try {
				WrittenDate.parse(value, calendar);
			} catch (InvalidDateException e) {
				error(e.getMessage(), spec, null, ChanceryIssueCodes.INVALID_DATE);
				return;
			}
		}
	}

	@Check
	public void checkTime(DateSpec spec) {
		if (spec.getTime() == null) {
			return;
		}
		try {
			StatedDates.time(spec);
		} catch (InvalidDateException e) {
			error(e.getMessage(), spec, ChanceryPackage.Literals.DATE_SPEC__TIME, ChanceryIssueCodes.INVALID_TIME);
			return;
		}
		try {
			if (WrittenDate.parse(spec.getWhen(), StatedDates.calendarOf(spec)).precision() != DatePrecision.DAY) {
				error("A time of day needs its day: 1942-05-02 10:00.", spec, ChanceryPackage.Literals.DATE_SPEC__TIME,
						ChanceryIssueCodes.INVALID_TIME);
			}
		} catch (InvalidDateException e) {
			// reported by checkDateExists
		}
	}

	@Check
	public void checkRangeRunsForwards(DateSpec spec) {
		if (spec.getFrom() == null || spec.getTo() == null) {
			return;
		}
		try {
			CalendarSystem calendar = StatedDates.calendarOf(spec);
			WrittenDate from = WrittenDate.parse(spec.getFrom(), calendar);
			WrittenDate to = WrittenDate.parse(spec.getTo(), calendar);
			if (to.latest().isBefore(from.earliest())) {
				error("The range ends before it begins.", spec, null, ChanceryIssueCodes.REVERSED_RANGE);
			}
		} catch (InvalidDateException e) {
			// reported by checkDateExists
		}
	}

	@Check
	public void checkRelativeDayHasReference(DateSpec spec) {
		if (!isRelativeDay(spec)) {
			return;
		}
		AbstractDocument document = Documents.enclosing(spec);
		if (document != null && SyntaxErrors.within(document)) {
			// the document's date may be in what the parser skipped
			return;
		}
		var reference = document == null ? java.util.Optional.<WrittenDate>empty() : StatedDates.referenceDate(document);
		if (reference.isEmpty()) {
			error("“Day " + spec.getRelativeDay() + "” counts back from the document's own date: give the document a date to the day.",
					spec, null, ChanceryIssueCodes.RELATIVE_DAY_WITHOUT_REFERENCE);
			return;
		}
		try {
			RelativeDays.resolve(spec.getRelativeDay(), reference.get());
		} catch (InvalidDateException e) {
			error(e.getMessage(), spec, null, ChanceryIssueCodes.INVALID_DATE);
		}
	}

	private static boolean isRelativeDay(DateSpec spec) {
		return writtenValues(spec).isEmpty();
	}

	private static List<String> writtenValues(DateSpec spec) {
		List<String> values = new ArrayList<>();
		for (String value : new String[] { spec.getWhen(), spec.getFrom(), spec.getTo(), spec.getNotBefore(), spec.getNotAfter() }) {
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}
}

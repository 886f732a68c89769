package org.chancery.lang.chronology;

import java.time.LocalDate;

/**
 * The Gregorian days a stated date may fall on: a day is one day, June 1917 thirty, "before
 * 1917-07" everything up to 31 July 1917 (open ends are {@link LocalDate#MIN} / {@link LocalDate#MAX}).
 */
public record DateInterval(LocalDate earliest, LocalDate latest) {

	/** Whether this certainly lies before the other: its last day precedes the other's first. */
	public boolean certainlyBefore(DateInterval other) {
		return latest.isBefore(other.earliest);
	}

	public boolean contains(DateInterval other) {
		return !other.earliest.isBefore(earliest) && !other.latest.isAfter(latest);
	}

	/** The smallest interval holding both. */
	public DateInterval span(DateInterval other) {
		return new DateInterval(earliest.isBefore(other.earliest) ? earliest : other.earliest,
				latest.isAfter(other.latest) ? latest : other.latest);
	}
}

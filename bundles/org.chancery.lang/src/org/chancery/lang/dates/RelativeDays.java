package org.chancery.lang.dates;

/**
 * Resolves a day of the month mentioned without its month ("your telegram of the 14th") against the
 * date of the document that mentions it. Such a reference points back in time, to the most recent
 * day with that number on or before the document's date, counted in the document's own calendar.
 */
public final class RelativeDays {

	private RelativeDays() {
	}

	/**
	 * The latest day on or before {@code reference} whose day of the month is {@code dayOfMonth}, in
	 * the reference's calendar: against 2 July, the 14th is 14 June; against 14 June, it is 14 June
	 * itself. Months too short for the day are passed over (against 5 March the 31st is 31 January).
	 *
	 * @throws InvalidDateException if {@code dayOfMonth} is not 1–31, if {@code reference} has no day,
	 *                              or if no such day falls within the supported years
	 */
	public static WrittenDate resolve(int dayOfMonth, WrittenDate reference) throws InvalidDateException {
		if (dayOfMonth < 1 || dayOfMonth > 31) {
			throw new InvalidDateException("Day " + dayOfMonth + " does not exist.");
		}
		if (reference.precision() != DatePrecision.DAY) {
			throw new InvalidDateException("Cannot tell which month the " + ordinal(dayOfMonth)
					+ " belongs to: the reference date " + reference.iso() + " has no day.");
		}
		int year = reference.year();
		int month = reference.month();
		boolean stepBack = dayOfMonth > reference.day();
		while (stepBack || dayOfMonth > Calendars.lengthOfMonth(year, month, reference.calendar())) {
			stepBack = false;
			if (--month == 0) {
				month = 12;
				if (--year < Calendars.MIN_YEAR) {
					throw new InvalidDateException(
							"No " + ordinal(dayOfMonth) + " falls on or before " + reference.iso() + ".");
				}
			}
		}
		return new WrittenDate(year, month, dayOfMonth, reference.calendar());
	}

	/** "1st", "2nd", "14th": how a document names a day of the month. */
	public static String ordinal(int day) {
		if (day % 100 >= 11 && day % 100 <= 13) {
			return day + "th";
		}
		return day + switch (day % 10) {
		case 1 -> "st";
		case 2 -> "nd";
		case 3 -> "rd";
		default -> "th";
		};
	}
}

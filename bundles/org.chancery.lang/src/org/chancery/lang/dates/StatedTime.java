package org.chancery.lang.dates;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as a document states it ("10:00", "06:40:30"), on the clock of its place unless a
 * zone is given (UTC, or an offset "+03:00"). TEI and CMIF take it into {@code when} as
 * {@code 1942-05-02T10:00:00}, with "Z" or the offset when the zone is known.
 */
public record StatedTime(LocalTime time, Optional<ZoneOffset> zone) {

	private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
	private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):(\\d{2})");

	/**
	 * @param offset "+03:00", or null; {@code utc} says "UTC"
	 * @throws InvalidDateException for 24:00, 10:60, an offset beyond ±18:00
	 */
	public static StatedTime parse(String time, boolean utc, String offset) throws InvalidDateException {
		Matcher matcher = TIME.matcher(time);
		if (!matcher.matches()) {
			throw new InvalidDateException("A time of day is written 10:00 or 06:40:30.");
		}
		int hours = Integer.parseInt(matcher.group(1));
		int minutes = Integer.parseInt(matcher.group(2));
		int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
		if (hours > 23 || minutes > 59 || seconds > 59) {
			throw new InvalidDateException("There is no time " + time + " on a 24-hour clock (00:00 to 23:59).");
		}
		Optional<ZoneOffset> zone = utc ? Optional.of(ZoneOffset.UTC) : Optional.empty();
		if (offset != null) {
			Matcher offsetMatcher = OFFSET.matcher(offset);
			int offsetHours = offsetMatcher.matches() ? Integer.parseInt(offsetMatcher.group(2)) : 99;
			int offsetMinutes = offsetMatcher.matches() ? Integer.parseInt(offsetMatcher.group(3)) : 99;
			if (offsetHours > 14 || offsetMinutes > 59) {
				throw new InvalidDateException("A zone's offset lies between -12:00 and +14:00, written +03:00.");
			}
			int sign = offsetMatcher.group(1).equals("-") ? -1 : 1;
			zone = Optional.of(ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes));
		}
		return new StatedTime(LocalTime.of(hours, minutes, seconds), zone);
	}

	/** "T10:00:00", "T10:00:00Z", "T10:00:00+03:00": what follows the day in an ISO date-time. */
	public String isoSuffix() {
		return "T" + time.format(DateTimeFormatter.ofPattern("HH:mm:ss")) + zone.map(ZoneOffset::getId).orElse("");
	}
}

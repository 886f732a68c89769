package org.chancery.lang.dates;

/** How much of a date is written: the year only, the year and month, or a full day. */
public enum DatePrecision {
	YEAR, MONTH, DAY
}

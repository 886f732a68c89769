package org.chancery.lang.validation;

import org.chancery.lang.chancery.DateSpec;
import org.chancery.lang.chronology.StatedDates;
import org.chancery.lang.dates.InvalidDateException;
import org.eclipse.xtext.validation.Check;

/**
 * Every date exists in its calendar (no 31 June; 29 February 1900 only in the Julian calendar),
 * ranges run forwards, and "the 14th" has a date to count back from.
 */
public class DateChecks extends ChanceryCheckGroup {

	@Check
	public void checkDateExists(DateSpec spec) {
		try {
			StatedDates.normalise(spec);
		} catch (InvalidDateException e) {
			String code = spec.getWhen() == null && spec.getFrom() == null && spec.getNotAfter() == null
					&& spec.getNotBefore() == null ? ChanceryIssueCodes.RELATIVE_DAY_WITHOUT_REFERENCE
							: e.getMessage().contains("ends before it begins") ? ChanceryIssueCodes.REVERSED_RANGE
									: ChanceryIssueCodes.INVALID_DATE;
			error(e.getMessage(), spec, null, code);
		}
	}
}

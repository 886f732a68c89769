package org.chancery.lang.ide.codeactions;

import java.util.List;

/**
 * Whether the quick fixes of the code action service have a fix for an issue, from its code and
 * data alone (no resource loaded): editors show a lightbulb only where a fix exists.
 */
public interface IssueFixes {

	boolean hasFixes(String code, List<String> data);
}

package org.chancery.lang.validation;

/**
 * The rules a historian's corpus is checked against, one {@code @Check} method per rule; their
 * issue codes are in ChanceryIssueCodes.
 */
public class ChanceryValidator extends AbstractChanceryValidator {
}

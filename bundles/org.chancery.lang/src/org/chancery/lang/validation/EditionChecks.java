package org.chancery.lang.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.BaseUrl;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Edition;
import org.chancery.lang.chancery.EditionChange;
import org.chancery.lang.chancery.EditionProperty;
import org.chancery.lang.chancery.Licence;
import org.chancery.lang.chancery.Responsibility;
import org.chancery.lang.chancery.ResponsibilityRole;
import org.chancery.lang.chancery.Title;
import org.chancery.lang.dates.CalendarSystem;
import org.chancery.lang.dates.DatePrecision;
import org.chancery.lang.dates.InvalidDateException;
import org.chancery.lang.dates.WrittenDate;
import org.chancery.lang.edition.EditionFacts;
import org.chancery.lang.edition.Licences;
import org.chancery.lang.edition.Orcids;
import org.eclipse.xtext.validation.Check;

/**
 * The edition declaration: a licence that can be looked up, ORCIDs that exist in form, a base
 * URL that is one, change log entries dated to the day, and what a CMIF header needs.
 */
public class EditionChecks extends ChanceryCheckGroup {

	private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/]+(/\\S*)?");
	private static final Set<Class<? extends EditionProperty>> SINGLE = Set.of(Title.class, Licence.class, BaseUrl.class);

	@Check
	public void checkLicence(Licence licence) {
		if (Licences.url(licence.getValue()).isEmpty()) {
			error("‘" + licence.getValue() + "’ is neither a licence's URL nor an SPDX id Chancery knows ("
					+ Licences.known() + "): write one of these ids, or the licence's URL.",
					ChanceryPackage.Literals.LICENCE__VALUE, ChanceryIssueCodes.UNKNOWN_LICENCE, licence.getValue());
		}
	}

	@Check
	public void checkOrcid(Responsibility responsibility) {
		String orcid = responsibility.getOrcid();
		if (orcid == null) {
			return;
		}
		if (!Orcids.hasForm(orcid)) {
			error("An ORCID has four groups of four digits, the last digit perhaps X: 0000-0002-1825-0097.",
					ChanceryPackage.Literals.RESPONSIBILITY__ORCID, ChanceryIssueCodes.MALFORMED_ORCID, orcid);
		} else if (!Orcids.checkDigitFits(orcid)) {
			error("The ORCID ‘" + orcid + "’ has a wrong check digit (its last character): look it up again.",
					ChanceryPackage.Literals.RESPONSIBILITY__ORCID, ChanceryIssueCodes.MALFORMED_ORCID, orcid);
		}
	}

	@Check
	public void checkBaseUrl(BaseUrl baseUrl) {
		if (!HTTP_URL.matcher(baseUrl.getValue()).matches()) {
			error("The base URL is the address the edition's files are published under, an absolute http or https URL: "
					+ "base-url \"https://example.org/edition/\".", ChanceryPackage.Literals.BASE_URL__VALUE,
					ChanceryIssueCodes.MALFORMED_BASE_URL);
		}
	}

	@Check
	public void checkChangeDate(EditionChange change) {
		try {
			if (WrittenDate.parse(change.getDate(), CalendarSystem.GREGORIAN).precision() != DatePrecision.DAY) {
				error("A change is dated to the day: 2026-12-02.", ChanceryPackage.Literals.EDITION_CHANGE__DATE,
						ChanceryIssueCodes.INVALID_DATE);
			}
		} catch (InvalidDateException e) {
			error(e.getMessage(), ChanceryPackage.Literals.EDITION_CHANGE__DATE, ChanceryIssueCodes.INVALID_DATE);
		}
	}

	@Check
	public void checkStatedOnce(Edition edition) {
		Set<Class<?>> seen = new HashSet<>();
		for (EditionProperty property : edition.getProperties()) {
			Class<?> key = SINGLE.stream().filter(type -> type.isInstance(property)).findFirst().orElse(null);
			if (key != null && !seen.add(key)) {
				error("This is stated twice in the edition; keep one.", property, null, ChanceryIssueCodes.DUPLICATE_PROPERTY);
			}
		}
	}

	@Check
	public void checkWhatCmifNeeds(Edition edition) {
		List<String> missing = new ArrayList<>();
		if (EditionFacts.title(edition).isEmpty()) {
			missing.add("title");
		}
		if (EditionFacts.responsible(edition, ResponsibilityRole.EDITOR).isEmpty()) {
			missing.add("editor");
		}
		if (EditionFacts.publishers(edition).isEmpty()) {
			missing.add("publisher");
		}
		if (EditionFacts.all(edition, BaseUrl.class).isEmpty()) {
			missing.add("base-url");
		}
		if (!missing.isEmpty()) {
			warning("The edition states no " + String.join(", ", missing)
					+ ": TEI headers leave out what is not stated, and CMIF export is refused until it is.", edition,
					null, ChanceryIssueCodes.INCOMPLETE_EDITION, missing.toArray(String[]::new));
		}
	}
}

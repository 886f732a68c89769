package org.chancery.lang.validation;

import java.util.Map;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.AuthorityId;
import org.chancery.lang.chancery.AuthorityScheme;
import org.chancery.lang.chancery.Born;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Coordinates;
import org.chancery.lang.chancery.Died;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.EntryProperty;
import org.chancery.lang.chancery.Identification;
import org.chancery.lang.chancery.Office;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.PreferredName;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.Title;
import org.eclipse.xtext.validation.Check;

/** Register entries: a name, the properties their kind can have, well-formed authority ids. */
public class RegisterChecks extends ChanceryCheckGroup {

	/** The identifier forms of the authority files (GND as the Deutsche Nationalbibliothek documents it). */
	private static final Map<AuthorityScheme, Pattern> AUTHORITY_FORMS = Map.of(
			AuthorityScheme.WIKIDATA, Pattern.compile("Q[1-9][0-9]*"),
			AuthorityScheme.VIAF, Pattern.compile("[1-9][0-9]{0,21}"),
			AuthorityScheme.GND, Pattern.compile("1[012]?[0-9]{7}[0-9X]|[47][0-9]{6}-[0-9]|[1-9][0-9]{0,7}-[0-9X]|3[0-9]{7}[0-9X]"),
			AuthorityScheme.GEONAMES, Pattern.compile("[1-9][0-9]{0,9}"));

	private static final Map<AuthorityScheme, String> AUTHORITY_EXAMPLES = Map.of(
			AuthorityScheme.WIKIDATA, "Q855", AuthorityScheme.VIAF, "101787139",
			AuthorityScheme.GND, "118616927", AuthorityScheme.GEONAMES, "1529102");

	@Check
	public void checkName(Entry entry) {
		Class<? extends EntryProperty> nameType = entry instanceof Publication ? Title.class : PreferredName.class;
		if (entry.getProperties().stream().noneMatch(nameType::isInstance)) {
			error("The entry needs its preferred form: add `" + (entry instanceof Publication ? "title" : "name")
					+ " \"…\"`.", ChanceryPackage.Literals.REFERABLE__NAME, ChanceryIssueCodes.MISSING_NAME);
		}
	}

	@Check
	public void checkPropertyFitsEntry(EntryProperty property) {
		if (!(property.eContainer() instanceof Entry entry)) {
			return; // a title is also a document's
		}
		String misplaced = misplacement(property, entry);
		if (misplaced != null) {
			warning(misplaced, property, null, ChanceryIssueCodes.MISPLACED_PROPERTY);
		}
	}

	private static String misplacement(EntryProperty property, Entry entry) {
		if ((property instanceof Coordinates || property instanceof Identification) && !(entry instanceof Place)) {
			return "Only places have coordinates or an identification note.";
		}
		if ((property instanceof Born || property instanceof Died || property instanceof Office) && !(entry instanceof Person)) {
			return "Only persons are born, die or hold offices.";
		}
		if (property instanceof Title && !(entry instanceof Publication)) {
			return "A " + entry.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " has a `name`; `title` is for publications.";
		}
		if (property instanceof PreferredName && entry instanceof Publication) {
			return "A publication has a `title`.";
		}
		if (property instanceof AuthorityId id && id.getScheme() == AuthorityScheme.GEONAMES && !(entry instanceof Place)) {
			return "GeoNames identifies places only.";
		}
		return null;
	}

	@Check
	public void checkCoordinates(Coordinates coordinates) {
		if (!within(coordinates.getLatitude(), 90)) {
			error("A latitude lies between -90 and 90.", ChanceryPackage.Literals.COORDINATES__LATITUDE,
					ChanceryIssueCodes.INVALID_COORDINATES);
		}
		if (!within(coordinates.getLongitude(), 180)) {
			error("A longitude lies between -180 and 180.", ChanceryPackage.Literals.COORDINATES__LONGITUDE,
					ChanceryIssueCodes.INVALID_COORDINATES);
		}
	}

	private static boolean within(String decimal, double bound) {
		try {
			return Math.abs(Double.parseDouble(decimal)) <= bound;
		} catch (NumberFormatException | NullPointerException e) {
			return false;
		}
	}

	@Check
	public void checkAuthorityId(AuthorityId id) {
		String code = id.getCode() == null ? "" : id.getCode();
		if (!AUTHORITY_FORMS.get(id.getScheme()).matcher(code).matches()) {
			error("‘" + code + "’ is not a " + label(id.getScheme()) + " identifier (they look like "
					+ AUTHORITY_EXAMPLES.get(id.getScheme()) + ").", ChanceryPackage.Literals.AUTHORITY_ID__CODE,
					ChanceryIssueCodes.MALFORMED_AUTHORITY_ID, id.getScheme().getLiteral(), code);
		}
	}

	private static String label(AuthorityScheme scheme) {
		return switch (scheme) {
			case WIKIDATA -> "Wikidata";
			case VIAF -> "VIAF";
			case GND -> "GND";
			case GEONAMES -> "GeoNames";
		};
	}
}

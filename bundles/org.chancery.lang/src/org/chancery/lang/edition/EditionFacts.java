package org.chancery.lang.edition;

import java.util.List;
import java.util.Optional;

import org.chancery.lang.chancery.BaseUrl;
import org.chancery.lang.chancery.Edition;
import org.chancery.lang.chancery.EditionChange;
import org.chancery.lang.chancery.EditionProperty;
import org.chancery.lang.chancery.EditionPublisher;
import org.chancery.lang.chancery.Licence;
import org.chancery.lang.chancery.Responsibility;
import org.chancery.lang.chancery.ResponsibilityRole;
import org.chancery.lang.chancery.Title;

/** Typed access to what an edition declaration states, which the grammar allows in any order. */
public final class EditionFacts {

	private EditionFacts() {
	}

	public static <T extends EditionProperty> List<T> all(Edition edition, Class<T> type) {
		return edition.getProperties().stream().filter(type::isInstance).map(type::cast).toList();
	}

	public static Optional<String> title(Edition edition) {
		return all(edition, Title.class).stream().map(Title::getValue).findFirst();
	}

	public static List<Responsibility> responsible(Edition edition, ResponsibilityRole role) {
		return all(edition, Responsibility.class).stream().filter(r -> r.getRole() == role).toList();
	}

	public static List<String> publishers(Edition edition) {
		return all(edition, EditionPublisher.class).stream().map(EditionPublisher::getName).toList();
	}

	public static Optional<Licence> licence(Edition edition) {
		return all(edition, Licence.class).stream().findFirst();
	}

	/** The base URL, ending in a slash so that a file name can follow it. */
	public static Optional<String> baseUrl(Edition edition) {
		return all(edition, BaseUrl.class).stream().map(BaseUrl::getValue).map(url -> url.endsWith("/") ? url : url + "/")
				.findFirst();
	}

	public static List<EditionChange> changes(Edition edition) {
		return all(edition, EditionChange.class);
	}

	/** The ORCID as the URI ORCID itself prints, or null. */
	public static String orcidUri(Responsibility responsibility) {
		return responsibility.getOrcid() == null ? null : "https://orcid.org/" + responsibility.getOrcid();
	}
}

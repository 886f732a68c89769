package org.chancery.lang.export;

import java.util.LinkedHashSet;
import java.util.Set;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.Mention;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Referable;
import org.chancery.lang.model.Documents;
import org.eclipse.emf.ecore.EObject;

/**
 * The persons, places and organisations a letter's own words mention (not those of documents
 * quoted in it, which are described on their own), as CMIF's {@code <note type="mentioned">}: one
 * {@code ref} each, in the order of first mention, typed {@code cmif:mentionsPerson},
 * {@code cmif:mentionsPlace} or {@code cmif:mentionsOrganisation}, pointing at the entry's
 * authority URI, else at its entry in the edition's published register.
 */
final class CmifMentions {

	private final TeiRegisterNames names;
	private final String baseUrl;

	CmifMentions(TeiRegisterNames names, String baseUrl) {
		this.names = names;
		this.baseUrl = baseUrl;
	}

	/** The note, or null when the letter mentions nothing of the register. */
	XmlElement note(AbstractDocument letter) {
		Set<Entry> mentioned = new LinkedHashSet<>();
		letter.eAllContents().forEachRemaining(object -> {
			if (object instanceof Mention mention && Documents.enclosing(mention) == letter) {
				for (Referable target : mention.getTargets()) {
					if (target instanceof Entry entry && !entry.eIsProxy() && type(entry) != null) {
						mentioned.add(entry);
					}
				}
			}
		});
		if (mentioned.isEmpty()) {
			return null;
		}
		XmlElement note = new XmlElement("note").attribute("type", "mentioned");
		for (Entry entry : mentioned) {
			String uris = AuthorityUris.refOf(entry);
			String target = uris != null ? uris.split(" ")[0] : baseUrl + TeiReferences.refOf(entry);
			note.element("ref").attribute("type", type(entry)).attribute("target", target).text(names.preferred(entry));
		}
		return note;
	}

	private static String type(EObject entry) {
		return switch (entry) {
			case Person person -> "cmif:mentionsPerson";
			case Place place -> "cmif:mentionsPlace";
			case Organisation organisation -> "cmif:mentionsOrganisation";
			default -> null;
		};
	}
}

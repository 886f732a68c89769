package org.chancery.lang.ui.wizards;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import org.chancery.lang.chancery.ChanceryPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;

/**
 * The ids a new document's template names: entries of the corpus, so that the template as it
 * stands resolves (a placeholder such as {@code sender-id} would be an error saved with the
 * file). A corpus without an entry of some kind gets the placeholder word instead; the quick fix
 * creating the entry is then one Ctrl+1 away.
 */
public record TemplateIds(String sender, String recipient, String place, String organisation) {

	/** Words that say what goes where, for a corpus without entries. */
	public static final TemplateIds PLACEHOLDERS = new TemplateIds("sender-id", "recipient-id", "place-id",
			"organisation-id");

	/** The first persons (by id), place and organisation of the corpus. */
	public static TemplateIds of(IResourceDescriptions index) {
		List<String> persons = ids(index, ChanceryPackage.Literals.PERSON);
		List<String> places = ids(index, ChanceryPackage.Literals.PLACE);
		List<String> organisations = ids(index, ChanceryPackage.Literals.ORGANISATION);
		return new TemplateIds(persons.isEmpty() ? PLACEHOLDERS.sender() : persons.get(0),
				persons.size() < 2 ? PLACEHOLDERS.recipient() : persons.get(1),
				places.isEmpty() ? PLACEHOLDERS.place() : places.get(0),
				organisations.isEmpty() ? PLACEHOLDERS.organisation() : organisations.get(0));
	}

	private static List<String> ids(IResourceDescriptions index, EClass type) {
		return StreamSupport.stream(index.getExportedObjectsByType(type).spliterator(), false)
				.map(IEObjectDescription::getName).map(Object::toString).distinct()
				.sorted(Comparator.naturalOrder()).toList();
	}
}

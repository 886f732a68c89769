package org.chancery.lang.validation;

import java.util.List;
import java.util.Locale;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Referable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** Ids are unique in the whole corpus, not only in their file. */
public class IdChecks extends ChanceryCheckGroup {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	/** Consults the index of the whole corpus (a map look-up, cheap enough to run as you type). */
	@Check
	public void checkIdIsUniqueInCorpus(Referable referable) {
		if (referable.getName() == null || referable.eResource() == null) {
			return;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(referable.eResource());
		URI self = normalised(referable.eResource(), EcoreUtil.getURI(referable));
		for (IEObjectDescription other : index.getExportedObjects(ChanceryPackage.Literals.REFERABLE,
				QualifiedName.create(referable.getName()), false)) {
			boolean isSelf = other.getEObjectOrProxy() == referable
					|| normalised(referable.eResource(), other.getEObjectURI()).equals(self);
			if (!isSelf) {
				error("The id ‘" + referable.getName() + "’ is also given to " + describe(other) + " in "
						+ other.getEObjectURI().trimFragment().lastSegment() + "; ids must be unique in the corpus.",
						ChanceryPackage.Literals.REFERABLE__NAME, ChanceryIssueCodes.DUPLICATE_ID, referable.getName());
				return;
			}
		}
	}

	/**
	 * Ids that differ only in case name one file on macOS and Windows; an id that starts with a
	 * digit is exported with an underscore ({@code 1917-x} → {@code _1917-x}), so it must not meet
	 * an id that already has one.
	 */
	@Check
	public void checkIdDoesNotCollide(Referable referable) {
		String name = referable.getName();
		if (name == null || name.isEmpty() || referable.eResource() == null) {
			return;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(referable.eResource());
		URI self = normalised(referable.eResource(), EcoreUtil.getURI(referable));
		String xmlTwin = xmlTwin(name);
		for (String candidate : xmlTwin == null ? List.of(name) : List.of(name, xmlTwin)) {
			for (IEObjectDescription other : index.getExportedObjects(ChanceryPackage.Literals.REFERABLE,
					QualifiedName.create(candidate), true)) {
				String otherName = other.getName().toString();
				boolean isSelf = other.getEObjectOrProxy() == referable
						|| normalised(referable.eResource(), other.getEObjectURI()).equals(self);
				if (isSelf || otherName.equals(name)) {
					continue;
				}
				String where = describe(other) + " in " + other.getEObjectURI().trimFragment().lastSegment();
				String message = candidate.equals(name)
						? "The id ‘" + name + "’ differs from ‘" + otherName + "’ (" + where + ") only in case; on macOS and"
								+ " Windows their files would be one: ids must differ in more than case."
						: "The id ‘" + name + "’ and ‘" + otherName + "’ (" + where + ") become the same XML id ‘"
								+ (name.startsWith("_") ? name : "_" + name) + "’; rename one.";
				error(message, ChanceryPackage.Literals.REFERABLE__NAME, ChanceryIssueCodes.ID_COLLISION, name, otherName);
				return;
			}
		}
	}

	/** The other spelling of the same {@code xml:id}: {@code 1917-x} ↔ {@code _1917-x}. */
	private static String xmlTwin(String name) {
		if (Character.isDigit(name.charAt(0))) {
			return "_" + name;
		}
		if (name.length() > 1 && name.charAt(0) == '_' && Character.isDigit(name.charAt(1))) {
			return name.substring(1);
		}
		return null;
	}

	private static String describe(IEObjectDescription other) {
		String type = other.getEClass().getName().toLowerCase(Locale.ROOT);
		return switch (type) {
			case "document", "quoteddocument" -> "a document";
			case "organisation" -> "an organisation";
			default -> "a " + type;
		};
	}
}

package org.chancery.lang.validation;

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

	private static String describe(IEObjectDescription other) {
		String type = other.getEClass().getName().toLowerCase(Locale.ROOT);
		return switch (type) {
			case "document", "quoteddocument" -> "a document";
			case "organisation" -> "an organisation";
			default -> "a " + type;
		};
	}
}

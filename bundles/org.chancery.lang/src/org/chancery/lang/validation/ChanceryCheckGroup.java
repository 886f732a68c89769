package org.chancery.lang.validation;

import java.util.List;

import org.chancery.lang.chancery.ChanceryPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * A group of related rules, run as part of {@link ChanceryValidator} (it composes the groups), so
 * it does not register itself.
 */
public abstract class ChanceryCheckGroup extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ChanceryPackage.eINSTANCE);
	}

	/** A URI as the resource set resolves it (the index may hold it absolute, a resource relative). */
	protected static URI normalised(Resource context, URI uri) {
		return context.getResourceSet() == null ? uri : context.getResourceSet().getURIConverter().normalize(uri);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ChanceryValidator
	}
}

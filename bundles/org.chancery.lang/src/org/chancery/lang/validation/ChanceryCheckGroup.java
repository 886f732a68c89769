package org.chancery.lang.validation;

import java.util.List;

import org.chancery.lang.chancery.ChanceryPackage;
import org.eclipse.emf.ecore.EPackage;
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

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ChanceryValidator
	}
}

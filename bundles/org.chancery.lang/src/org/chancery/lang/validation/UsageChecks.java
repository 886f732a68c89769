package org.chancery.lang.validation;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Entry;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * Register entries nothing refers to. Runs on save and in batch (CheckType.NORMAL): it reads the
 * references of every file loaded with the entry's (the whole corpus in a batch run; in an editor,
 * the files loaded so far), once per validated register file.
 */
public class UsageChecks extends ChanceryCheckGroup {

	@Inject
	private IResourceScopeCache cache;

	@Check(CheckType.NORMAL)
	public void checkEntryIsUsed(Entry entry) {
		Set<EObject> referenced = cache.get(UsageChecks.class, entry.eResource(), () -> referencedTargets(entry.eResource()));
		if (!referenced.contains(entry)) {
			info("Nothing in the corpus refers to ‘" + entry.getName() + "’.", ChanceryPackage.Literals.REFERABLE__NAME,
					ChanceryIssueCodes.UNUSED_ENTRY, entry.getName());
		}
	}

	private static Set<EObject> referencedTargets(Resource context) {
		Set<EObject> targets = new HashSet<>();
		List<Resource> resources = context.getResourceSet() == null ? List.of(context)
				: List.copyOf(context.getResourceSet().getResources());
		for (Resource resource : resources) {
			for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
				for (EObject target : contents.next().eCrossReferences()) {
					if (!target.eIsProxy()) {
						targets.add(target);
					}
				}
			}
		}
		return targets;
	}
}

package org.chancery.lang.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Entry;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * Register entries nothing refers to. Runs on save and in batch (CheckType.NORMAL): it reads the
 * references the index records between files, and those inside the entry's own file (the index
 * leaves them out), once per validated register file.
 */
public class UsageChecks extends ChanceryCheckGroup {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IResourceScopeCache cache;

	@Check(CheckType.NORMAL)
	public void checkEntryIsUsed(Entry entry) {
		Resource resource = entry.eResource();
		Set<String> referenced = cache.get(UsageChecks.class, resource, () -> referencedFragments(resource));
		if (!referenced.contains(resource.getURIFragment(entry))) {
			info("Nothing in the corpus refers to ‘" + entry.getName() + "’.", ChanceryPackage.Literals.REFERABLE__NAME,
					ChanceryIssueCodes.UNUSED_ENTRY, entry.getName());
		}
	}

	/** The fragments of the objects of this file that something refers to. */
	private Set<String> referencedFragments(Resource resource) {
		URI self = normalised(resource, resource.getURI());
		Map<URI, Boolean> isSelf = new HashMap<>();
		Set<String> fragments = new HashSet<>();
		for (IResourceDescription description : indexProvider.getResourceDescriptions(resource).getAllResourceDescriptions()) {
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				URI target = reference.getTargetEObjectUri();
				if (isSelf.computeIfAbsent(target.trimFragment(), file -> normalised(resource, file).equals(self))) {
					fragments.add(target.fragment());
				}
			}
		}
		for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			for (EObject target : contents.next().eCrossReferences()) {
				if (!target.eIsProxy() && target.eResource() == resource) {
					fragments.add(resource.getURIFragment(target));
				}
			}
		}
		return fragments;
	}
}

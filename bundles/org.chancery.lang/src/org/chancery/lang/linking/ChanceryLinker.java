package org.chancery.lang.linking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Xtext's lazy linker, remembering the proxy type of each reference: Chancery's references point
 * at abstract types (an entry or a document), and finding their concrete proxy type walks the
 * whole grammar, for every reference of every file. A profile of a 10,000-document build showed
 * it among the top costs.
 */
public class ChanceryLinker extends LazyLinker {

	private record Key(EClass owner, EReference reference) {
	}

	private final Map<Key, EClass> proxyTypes = new ConcurrentHashMap<>();

	@Override
	protected EClass getProxyType(EObject model, EReference reference) {
		return proxyTypes.computeIfAbsent(new Key(model.eClass(), reference), key -> super.getProxyType(model, reference));
	}
}

package org.chancery.lang.corpus;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** A loaded corpus: its resource set, its files' resources in file order, and its index. */
public record Corpus(XtextResourceSet resourceSet, List<Resource> resources, CorpusIndex index) {
}

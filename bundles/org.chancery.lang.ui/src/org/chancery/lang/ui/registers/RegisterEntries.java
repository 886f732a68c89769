package org.chancery.lang.ui.registers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chancery.lang.chancery.Aliases;
import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.EntryProperty;
import org.chancery.lang.chancery.PreferredName;
import org.chancery.lang.chancery.Variants;
import org.chancery.lang.ui.builder.CorpusIndex;
import org.chancery.lang.ui.builder.CorpusIndexes;
import org.chancery.lang.ui.builder.CorpusResourceSets;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;

/**
 * Collects the register entries of every built project from the corpus indexes: their ids from
 * the index, their names from the register files, their mention counts from the index's
 * reference descriptions.
 */
public class RegisterEntries {

	private static final List<EClass> KINDS = List.of(ChanceryPackage.Literals.PERSON, ChanceryPackage.Literals.PLACE,
			ChanceryPackage.Literals.ORGANISATION);

	@Inject
	private CorpusResourceSets resourceSets;

	public List<RegisterEntry> collect(IProgressMonitor monitor) {
		List<RegisterEntry> entries = new ArrayList<>();
		List<CorpusIndex> indexes = new ArrayList<>();
		CorpusIndexes.all().forEach(indexes::add);
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the registers", indexes.size());
		for (CorpusIndex index : indexes) {
			if (index.getProject().isAccessible()) {
				entries.addAll(collect(index, progress.split(1)));
			}
		}
		entries.sort(Comparator.comparing(RegisterEntry::kind).thenComparing(RegisterEntry::name, String.CASE_INSENSITIVE_ORDER));
		return entries;
	}

	private List<RegisterEntry> collect(CorpusIndex index, IProgressMonitor monitor) {
		ResourceDescriptionsData data = index.snapshot();
		Map<URI, Integer> mentions = new HashMap<>();
		for (IResourceDescription file : data.getAllResourceDescriptions()) {
			for (IReferenceDescription reference : file.getReferenceDescriptions()) {
				mentions.merge(reference.getTargetEObjectUri(), 1, Integer::sum);
			}
		}
		XtextResourceSet resourceSet = resourceSets.forBuild(index.getProject(), data);
		List<RegisterEntry> entries = new ArrayList<>();
		for (EClass kind : KINDS) {
			if (monitor.isCanceled()) {
				break;
			}
			for (IEObjectDescription exported : data.getExportedObjectsByType(kind)) {
				String name = exported.getName().toString();
				List<String> otherNames = new ArrayList<>();
				EObject object = resourceSet.getEObject(exported.getEObjectURI(), true);
				if (object instanceof Entry entry) {
					for (EntryProperty property : entry.getProperties()) {
						if (property instanceof PreferredName preferred) {
							name = preferred.getValue();
						} else if (property instanceof Variants variants) {
							otherNames.addAll(variants.getValues());
						} else if (property instanceof Aliases aliases) {
							otherNames.addAll(aliases.getValues());
						}
					}
				}
				entries.add(new RegisterEntry(index, exported.getEObjectURI(), exported.getName().toString(),
						kind.getName().toLowerCase(), name, otherNames, mentions.getOrDefault(exported.getEObjectURI(), 0)));
			}
		}
		return entries;
	}
}

package org.chancery.lang.ui.builder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

/**
 * A detached copy of what a resource exports, without its references: computing references needs
 * linking, which must wait until every changed file's names are known.
 */
final class ExportedNames {

	private ExportedNames() {
	}

	static IResourceDescription copyOf(IResourceDescription description) {
		List<SerializableEObjectDescription> exported = new ArrayList<>();
		for (IEObjectDescription object : description.getExportedObjects()) {
			SerializableEObjectDescription copy = new SerializableEObjectDescription();
			copy.setEObjectURI(object.getEObjectURI());
			copy.setEClass(object.getEClass());
			copy.setQualifiedName(object.getQualifiedName());
			HashMap<String, String> userData = new HashMap<>();
			for (String key : object.getUserDataKeys()) {
				userData.put(key, object.getUserData(key));
			}
			copy.setUserData(userData);
			exported.add(copy);
		}
		SerializableResourceDescription result = new SerializableResourceDescription();
		result.setURI(description.getURI());
		result.setDescriptions(exported);
		result.setReferences(new ArrayList<>());
		result.setImportedNames(new ArrayList<>());
		return result;
	}
}

package org.chancery.lang.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Prints an EMF tree as indented lines, one object a line: its class, the attributes that are
 * set (enums always), and cross-references as `feature=>target-id`. Tests compare whole printouts.
 */
public final class ModelPrinter {

	private ModelPrinter() {
	}

	public static String print(EObject root) {
		StringBuilder out = new StringBuilder();
		print(root, null, 0, out);
		return out.toString();
	}

	private static void print(EObject object, String feature, int depth, StringBuilder out) {
		out.append("  ".repeat(depth));
		if (feature != null) {
			out.append(feature).append(": ");
		}
		out.append(object.eClass().getName());
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			// enums always, so that a default value (the first literal) is visible too
			if (object.eIsSet(attribute) || attribute.getEAttributeType() instanceof EEnum) {
				out.append(' ').append(attribute.getName()).append('=').append(format(object.eGet(attribute)));
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && object.eIsSet(reference)) {
				out.append(' ').append(reference.getName()).append("=>").append(targets(object, reference));
			}
		}
		out.append('\n');
		for (EReference containment : object.eClass().getEAllContainments()) {
			for (EObject child : children(object, containment)) {
				print(child, containment.getName(), depth + 1, out);
			}
		}
	}

	private static String format(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(ModelPrinter::format).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof String string) {
			return '"' + string.replace("\n", "\\n") + '"';
		}
		return String.valueOf(value);
	}

	private static String targets(EObject object, EReference reference) {
		if (reference.isMany()) {
			return ((List<?>) object.eGet(reference, false)).stream().map(t -> name((EObject) t))
					.collect(Collectors.joining(", ", "[", "]"));
		}
		return name((EObject) object.eGet(reference, true));
	}

	private static String name(EObject target) {
		if (target == null || target.eIsProxy()) {
			return "<unresolved>";
		}
		EStructuralFeature name = target.eClass().getEStructuralFeature("name");
		return name == null ? target.eClass().getName() : String.valueOf(target.eGet(name));
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject object, EReference containment) {
		Object value = object.eGet(containment);
		if (containment.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}
}

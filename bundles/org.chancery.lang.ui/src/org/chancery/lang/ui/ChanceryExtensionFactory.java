package org.chancery.lang.ui;

import org.chancery.lang.ui.internal.ChanceryUiInjector;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Creates the editor's parts named in plugin.xml ({@code ChanceryExtensionFactory:the.Class}) with
 * the language's injector, so that each part gets its services injected instead of looking them up.
 */
public class ChanceryExtensionFactory implements IExecutableExtensionFactory, IExecutableExtension {

	private String className;

	private IConfigurationElement config;

	private String propertyName;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		this.config = config;
		this.propertyName = propertyName;
		// "ChanceryExtensionFactory:the.Class" in an attribute, or a parameter "class" in a nested element
		this.className = data instanceof String name ? name
				: data instanceof java.util.Map<?, ?> parameters && parameters.get("class") instanceof String name ? name : null;
	}

	@Override
	public Object create() throws CoreException {
		if (className == null) {
			throw ChanceryUi.exception("No class named after " + getClass().getName() + ": in " + config.getNamespaceIdentifier(),
					null);
		}
		try {
			Bundle bundle = FrameworkUtil.getBundle(ChanceryExtensionFactory.class);
			Object part = ChanceryUiInjector.get().getInstance(bundle.loadClass(className));
			if (part instanceof IExecutableExtension extension) {
				extension.setInitializationData(config, propertyName, null);
			}
			return part;
		} catch (ClassNotFoundException | RuntimeException e) {
			throw ChanceryUi.exception("Cannot create " + className + ": " + e.getMessage(), e);
		}
	}
}

package org.chancery.lang.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;

/**
 * Starts and stops the bundle; nothing else. The editor's parts get their services by injection
 * (see {@code ChanceryExtensionFactory}), never through the activator.
 */
public class ChanceryUiActivator extends AbstractUIPlugin {
}

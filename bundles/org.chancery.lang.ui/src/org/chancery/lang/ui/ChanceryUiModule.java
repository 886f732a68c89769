package org.chancery.lang.ui;

import org.chancery.lang.ui.builder.IndexAwareContainerManager;
import org.chancery.lang.ui.contentassist.ServiceContentAssistProcessor;
import org.chancery.lang.ui.export.RuntimeExporter;
import org.chancery.lang.ui.export.TranscriptionExporter;
import org.chancery.lang.ui.highlighting.ChanceryStyleCatalog;
import org.chancery.lang.ui.highlighting.StyleCatalog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.LiveShadowedChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Names;

/**
 * Bindings of the Eclipse editor layer, mixed over the runtime and ide modules. Holds bindings
 * only; the editor's parts are created by {@link ChanceryExtensionFactory} and get their services
 * injected.
 */
public class ChanceryUiModule extends AbstractModule {

	@Override
	protected void configure() {
		// a resource set carrying a project's index sees the whole project (see CorpusResourceSets)
		bind(IContainer.Manager.class).to(IndexAwareContainerManager.class);
		// an editor's unsaved text shadows the indexed state of its file
		bind(IResourceDescriptions.class).annotatedWith(Names.named(ResourceDescriptionsProvider.LIVE_SCOPE))
				.to(LiveShadowedChunkedResourceDescriptions.class);
		// token styles for syntax colouring, from the parser's token names
		bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
		bind(String.class).annotatedWith(Names.named(ServiceContentAssistProcessor.ACTIVATION_CHARACTERS)).toInstance("<");
		bind(StyleCatalog.class).to(ChanceryStyleCatalog.class);
		bind(TranscriptionExporter.class).to(RuntimeExporter.class);
	}

	/** Chancery's own preferences (colours, severities, editor options), in the instance scope. */
	@Provides
	@Singleton
	IPreferenceStore preferences() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, ChanceryUi.PLUGIN_ID);
	}
}

package org.chancery.lang.ui;

import org.chancery.lang.ui.builder.IndexAwareContainerManager;
import org.chancery.lang.ui.editor.ChanceryViewerConfiguration;
import org.chancery.lang.ui.export.RuntimeExporter;
import org.chancery.lang.ui.export.TranscriptionExporter;
import org.chancery.lang.ui.highlighting.ChanceryStyleCatalog;
import org.chancery.lang.ui.highlighting.StyleCatalog;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.LiveShadowedChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;

/**
 * Bindings of the Eclipse editor layer, mixed over the runtime and ide modules. Holds bindings
 * only; the editor's parts are plain classes that ask the injector for the ide services.
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
		bind(String.class).annotatedWith(Names.named(ChanceryViewerConfiguration.ACTIVATION_CHARACTERS)).toInstance("<");
		bind(StyleCatalog.class).to(ChanceryStyleCatalog.class);
		bind(TranscriptionExporter.class).to(RuntimeExporter.class);
	}
}

package org.chancery.lang;

import org.chancery.lang.conversion.ChanceryValueConverters;
import org.chancery.lang.linking.ChanceryLinker;
import org.chancery.lang.naming.ChanceryQualifiedNameProvider;
import org.chancery.lang.parser.ChanceryLexer;
import org.chancery.lang.parser.FullReparsingHelper;
import org.chancery.lang.parser.antlr.ChanceryLexerReadingParser;
import org.chancery.lang.parser.antlr.lexer.InternalChanceryLexer;
import org.chancery.lang.resource.ChanceryResource;
import org.chancery.lang.syntax.ChancerySyntaxErrorMessages;
import org.chancery.lang.validation.ChanceryLinkingDiagnostics;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/** Bindings of the language runtime (no UI; runs headless). */
public class ChanceryRuntimeModule extends AbstractChanceryRuntimeModule {

	@Override
	public Class<? extends Lexer> bindLexer() {
		return ChanceryLexer.class;
	}

	@Override
	public Provider<? extends InternalChanceryLexer> provideInternalChanceryLexer() {
		return LexerProvider.create(ChanceryLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(ChanceryLexer.class);
	}

	@Override
	public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
		return FullReparsingHelper.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ChanceryValueConverters.class;
	}

	@Override
	public Class<? extends ILinker> bindILinker() {
		return ChanceryLinker.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return ChanceryLinkingDiagnostics.class;
	}

	/** Strict UTF-8 on every path that loads a file from bytes; syntax errors at their own place. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return ChanceryResource.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return ChanceryQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return ChanceryLexerReadingParser.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ChancerySyntaxErrorMessages.class;
	}
}

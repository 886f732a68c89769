package org.chancery.lang.ide.contentassist;

import java.util.Locale;

import org.chancery.lang.services.ChanceryGrammarAccess;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Content assist for Chancery: the keywords of metadata and register entries, the tags after
 * {@code <} in prose (with the ids a mention can name, see {@link ChanceryCrossrefProposalProvider}),
 * the words a tag's head takes ({@code above}, {@code underline}, {@code salute}: the keywords of
 * datatype rules, which Xtext does not propose by itself), and, where a date is expected, the
 * date templates of {@link ChanceryDateTemplates} instead of the keywords a date may start with.
 */
public class ChanceryContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private ChanceryGrammarAccess grammar;

	@Inject
	private ChanceryDateTemplates dateTemplates;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (isDateStart(assignment)) {
			dateTemplates.propose(context, acceptor);
			return;
		}
		if (assignment.getTerminal() instanceof RuleCall call && GrammarUtil.isDatatypeRule(call.getRule())) {
			// the words a datatype rule allows: <add above|…>, <hi underline|…>, <salute|…>, note 1 editorial
			for (Keyword keyword : GrammarUtil.containedKeywords(call.getRule())) {
				createProposals(keyword, context, acceptor);
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	/** The day a plain date states: the one place where every form of date can start. */
	private boolean isDateStart(Assignment assignment) {
		return "when".equals(assignment.getFeature())
				&& GrammarUtil.containingRule(assignment) == grammar.getDateSpecRule();
	}

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		// punctuation is typed, not chosen; "between", "before", "c.", "julian" … start a date: the
		// templates show them with their date
		// a keyword is proposed while the typed word starts it ("to" is not "replies-to")
		return Character.isLetter(keyword.getValue().charAt(0))
				&& GrammarUtil.containingRule(keyword) != grammar.getDateSpecRule()
				&& keyword.getValue().toLowerCase(Locale.ROOT).startsWith(context.getPrefix().toLowerCase(Locale.ROOT))
				&& super.filterKeyword(keyword, context);
	}

}

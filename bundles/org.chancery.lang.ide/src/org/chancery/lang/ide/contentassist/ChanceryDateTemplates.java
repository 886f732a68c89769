package org.chancery.lang.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Templates for every form of date the language knows (see docs/language.md, "Dates"), as LSP
 * snippets whose placeholders the transcriber tabs through. Offered where a date is expected;
 * a template is kept while the typed prefix starts its first word ("bet" keeps the range).
 */
@Singleton
public class ChanceryDateTemplates {

	/** A template: what is inserted (snippet syntax), its label, what it means. */
	record DateTemplate(String snippet, String label, String meaning) {
	}

	static final List<DateTemplate> TEMPLATES = List.of(
			new DateTemplate("${1:yyyy}-${2:mm}-${3:dd}", "yyyy-mm-dd", "a day"),
			new DateTemplate("${1:yyyy}-${2:mm}", "yyyy-mm", "a month"),
			new DateTemplate("c. ${1:yyyy}", "c. yyyy", "approximate"),
			new DateTemplate("${1:yyyy}-${2:mm}-${3:dd}?", "yyyy-mm-dd?", "uncertain"),
			new DateTemplate("between ${1:yyyy-mm-dd} and ${2:yyyy-mm-dd}", "between … and …", "some day in this range"),
			new DateTemplate("from ${1:yyyy-mm-dd} to ${2:yyyy-mm-dd}", "from … to …", "a span: all these days"),
			new DateTemplate("before ${1:yyyy-mm-dd}", "before …", "not after"),
			new DateTemplate("after ${1:yyyy-mm-dd}", "after …", "not before"),
			new DateTemplate("julian ${1:yyyy}-${2:mm}-${3:dd}", "julian yyyy-mm-dd", "in the Julian calendar"),
			new DateTemplate("day ${1:dd}", "day dd", "“the 14th”: counted back from the document's date"));

	@Inject
	private IPrefixMatcher prefixMatcher;

	@Inject
	private IdeContentProposalPriorities priorities;

	public void propose(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (DateTemplate template : TEMPLATES) {
			if (prefixMatcher.isCandidateMatchingPrefix(template.label(), context.getPrefix())) {
				ContentAssistEntry entry = new ContentAssistEntry();
				entry.setPrefix(context.getPrefix());
				entry.setProposal(template.snippet());
				entry.setLabel(template.label());
				entry.setDescription(template.meaning());
				entry.setKind(ContentAssistEntry.KIND_SNIPPET);
				acceptor.accept(entry, priorities.getDefaultPriority(entry));
			}
		}
	}
}

package org.chancery.lang.ide.rename;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.chancery.lang.chancery.ChanceryPackage;
import org.chancery.lang.chancery.Referable;
import org.chancery.lang.parser.ProseLexing;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * The rules of renaming an id, for every front end (language server, Eclipse): what may be renamed
 * (the id of a register entry or document, at its declaration or at a reference) and which new ids
 * are acceptable (well-formed, not a keyword, not given to anything else in the corpus).
 */
public class IdRenaming {

	/** The shape of the Identifier rule: ids such as yang-zengxin, 1917-06-13-yang-telegram, 4159. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private ILocationInFileProvider locations;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private IGrammarAccess grammar;

	/** The id at the offset and what it names, or why nothing there can be renamed. */
	public RenameTarget targetAt(XtextResource resource, int offset) throws RenameRefusedException {
		INode referenceNode = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (referenceNode != null) {
			EObject referred = elements.getCrossReferencedElement(referenceNode);
			if (referred instanceof Referable referable && !referred.eIsProxy()) {
				ITextRegion region = referenceNode.getTextRegion();
				return new RenameTarget(EcoreUtil.getURI(referable), referable.getName(), documents.newRange(resource, region));
			}
			throw new RenameRefusedException("‘" + NodeModelUtils.getTokenText(referenceNode)
					+ "’ refers to nothing in the corpus; only an id that is declared can be renamed.");
		}
		EObject named = elements.getElementWithNameAt(resource, offset);
		if (named instanceof Referable referable && referable.getName() != null) {
			ITextRegion region = locations.getFullTextRegion(referable, ChanceryPackage.Literals.REFERABLE__NAME, -1);
			return new RenameTarget(EcoreUtil.getURI(referable), referable.getName(), documents.newRange(resource, region));
		}
		throw new RenameRefusedException(describeRefusal(resource, offset));
	}

	/** Why the new id cannot replace the old one, or null if it can. */
	public String refusalOf(String newId, RenameTarget target, IResourceDescriptions index) {
		if (newId.equals(target.id())) {
			return "‘" + newId + "’ is already the id of this element.";
		}
		if (!ID.matcher(newId).matches()) {
			return "‘" + newId + "’ is not an id: an id is made of letters, digits, ‘_’ and ‘-’, and does not start with ‘-’.";
		}
		if (isKeyword(newId)) {
			return "‘" + newId + "’ is a keyword of the language and cannot be an id.";
		}
		for (IEObjectDescription other : index.getExportedObjects(EcorePackage.Literals.EOBJECT, QualifiedName.create(newId), false)) {
			return "The id ‘" + newId + "’ is already given to " + describe(other) + " in "
					+ other.getEObjectURI().trimFragment().lastSegment() + "; ids must be unique in the corpus.";
		}
		return null;
	}

	private boolean isKeyword(String word) {
		if (ProseLexing.TAG_WORDS.contains(word)) {
			return false; // the lexer reads a tag word outside a tag's head as an id
		}
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		return keywords.contains(word);
	}

	private static String describeRefusal(XtextResource resource, int offset) {
		ILeafNode leaf = resource.getParseResult() == null ? null
				: NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf != null && leaf.getGrammarElement() instanceof Keyword keyword) {
			return "‘" + keyword.getValue() + "’ is a keyword; only the id of a register entry or a document can be renamed.";
		}
		return "Only the id of a register entry or a document can be renamed.";
	}

	private static String describe(IEObjectDescription other) {
		String type = other.getEClass().getName().toLowerCase(Locale.ROOT);
		return switch (type) {
			case "document", "quoteddocument" -> "a document";
			case "organisation" -> "an organisation";
			default -> "a " + type;
		};
	}
}

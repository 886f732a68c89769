package org.chancery.lang.ide.symbols;

import org.chancery.lang.chancery.AbstractDocument;
import org.chancery.lang.chancery.Annotation;
import org.chancery.lang.chancery.Closer;
import org.chancery.lang.chancery.Division;
import org.chancery.lang.chancery.Figure;
import org.chancery.lang.chancery.Edition;
import org.chancery.lang.chancery.Hand;
import org.chancery.lang.chancery.Heading;
import org.chancery.lang.chancery.ItemList;
import org.chancery.lang.chancery.Metadatum;
import org.chancery.lang.chancery.Note;
import org.chancery.lang.chancery.Opener;
import org.chancery.lang.chancery.Organisation;
import org.chancery.lang.chancery.PageBreak;
import org.chancery.lang.chancery.Paragraph;
import org.chancery.lang.chancery.Person;
import org.chancery.lang.chancery.Place;
import org.chancery.lang.chancery.Postscript;
import org.chancery.lang.chancery.Publication;
import org.chancery.lang.chancery.SpeakerTurn;
import org.chancery.lang.model.Hands;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;

import com.google.inject.Singleton;

/**
 * Which LSP symbol kind (and so which icon in a client's outline) each element of a Chancery file
 * gets. LSP has no kinds for persons or letters: the choice is by the icons clients draw.
 */
@Singleton
public class ChancerySymbolKinds {

	public SymbolKind of(EObject element) {
		return switch (element) {
			case Person p -> SymbolKind.Object;
			case Place p -> SymbolKind.Package;
			case Organisation o -> SymbolKind.Module;
			case Publication p -> SymbolKind.Namespace;
			case Edition e -> SymbolKind.Namespace;
			case AbstractDocument d -> SymbolKind.File;
			case Hand h when Hands.isCorpusWide(h) -> SymbolKind.Interface;
			case Metadatum m -> SymbolKind.Property;
			case Paragraph p -> SymbolKind.String;
			case SpeakerTurn t -> SymbolKind.Event;
			case Note n -> SymbolKind.Key;
			case Figure f -> SymbolKind.Array;
			case Division d -> SymbolKind.Class;
			case Heading h -> SymbolKind.Constant;
			case Opener o -> SymbolKind.Method;
			case Closer c -> SymbolKind.Method;
			case Postscript p -> SymbolKind.Method;
			case ItemList l -> SymbolKind.Enum;
			case Annotation a -> SymbolKind.Key;
			case PageBreak b -> SymbolKind.Number;
			default -> SymbolKind.Null;
		};
	}

	/** The group of a document's metadata lines. */
	public SymbolKind metadata() {
		return SymbolKind.Struct;
	}
}

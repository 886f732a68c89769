package org.chancery.lang.export;

import java.util.List;
import java.util.Optional;

import org.chancery.lang.chancery.Edition;
import org.chancery.lang.chancery.Licence;
import org.chancery.lang.chancery.Responsibility;
import org.chancery.lang.chancery.ResponsibilityRole;
import org.chancery.lang.edition.EditionFacts;
import org.chancery.lang.edition.Licences;

/**
 * What the edition declaration says in a document's TEI header: editors and transcribers in
 * {@code titleStmt}, publisher, the file's URL and the licence in {@code publicationStmt}, the
 * edition's title in {@code seriesStmt}, the change log in {@code revisionDesc}. Without a
 * declaration the header states only that the file was exported, and claims no editor, publisher
 * or licence.
 */
final class TeiEdition {

	private TeiEdition() {
	}

	/** Editors as {@code editor}; a described role, and every transcriber, as a {@code respStmt}. */
	static void responsibilities(Optional<Edition> edition, XmlElement titleStmt) {
		edition.ifPresent(e -> EditionFacts.all(e, Responsibility.class).forEach(r -> responsibility(r, titleStmt)));
	}

	private static void responsibility(Responsibility responsibility, XmlElement titleStmt) {
		String orcid = EditionFacts.orcidUri(responsibility);
		if (responsibility.getRole() == ResponsibilityRole.EDITOR && responsibility.getDescription() == null) {
			titleStmt.element("editor").attribute("ref", orcid).text(responsibility.getName());
			return;
		}
		XmlElement respStmt = titleStmt.element("respStmt");
		respStmt.element("resp").text(responsibility.getDescription() != null ? responsibility.getDescription()
				: responsibility.getRole() == ResponsibilityRole.EDITOR ? "editor" : "transcription");
		respStmt.element("name").attribute("ref", orcid).text(responsibility.getName());
	}

	/**
	 * The publisher, the file's URL under the base URL, the licence; a plain statement where the
	 * edition names no publisher (TEI lists the rest only after one).
	 */
	static XmlElement publicationStmt(Optional<Edition> edition, String fileName) {
		XmlElement publicationStmt = new XmlElement("publicationStmt");
		List<String> publishers = edition.map(EditionFacts::publishers).orElse(List.of());
		if (publishers.isEmpty()) {
			publicationStmt.element("p").text("Transcription exported from Chancery.");
			return publicationStmt;
		}
		publishers.forEach(publisher -> publicationStmt.element("publisher").text(publisher));
		EditionFacts.baseUrl(edition.get()).ifPresent(base -> publicationStmt.element("idno").attribute("type", "URI").text(base + fileName));
		EditionFacts.licence(edition.get()).ifPresent(licence -> licence(licence, publicationStmt.element("availability")));
		return publicationStmt;
	}

	/** {@code <licence target="…">CC-BY-4.0</licence>}; the words as stated, the URL where known. */
	static void licence(Licence licence, XmlElement availability) {
		availability.element("licence").attribute("target", Licences.url(licence.getValue()).orElse(null)).text(licence.getValue());
	}

	/** The edition's title, as the series the document's file belongs to; null without one. */
	static XmlElement seriesStmt(Optional<Edition> edition) {
		return edition.flatMap(EditionFacts::title).map(title -> {
			XmlElement seriesStmt = new XmlElement("seriesStmt");
			seriesStmt.element("title").text(title);
			return seriesStmt;
		}).orElse(null);
	}

	/** The change log, oldest first as written; null without one. */
	static XmlElement revisionDesc(Optional<Edition> edition) {
		if (edition.isEmpty() || EditionFacts.changes(edition.get()).isEmpty()) {
			return null;
		}
		XmlElement revisionDesc = new XmlElement("revisionDesc");
		EditionFacts.changes(edition.get())
				.forEach(change -> revisionDesc.element("change").attribute("when", change.getDate()).text(change.getDescription()));
		return revisionDesc;
	}
}

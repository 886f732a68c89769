package org.chancery.lang.ui.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.chancery.lang.chancery.DocumentKind;
import org.chancery.lang.search.DocumentCriteria;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.search.ui.ISearchPage;
import org.eclipse.search.ui.ISearchPageContainer;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Search › Search… › Chancery Search: documents by sender, recipient, date range, place, person
 * mentioned, kind and words of the text; the results go to the Search view.
 */
public class ChancerySearchPage extends DialogPage implements ISearchPage {

	@Inject
	private Provider<DocumentQuery> queries;

	private ISearchPageContainer container;

	private Text sender;

	private Text recipient;

	private Text from;

	private Text to;

	private Text place;

	private Text person;

	private Combo kind;

	private Text words;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		sender = field(page, "Sender (id):");
		recipient = field(page, "Recipient (id):");
		from = field(page, "Dated from (YYYY-MM-DD):");
		to = field(page, "Dated to (YYYY-MM-DD):");
		place = field(page, "Place (id):");
		person = field(page, "Person mentioned (id):");
		new Label(page, SWT.NONE).setText("Kind:");
		kind = new Combo(page, SWT.READ_ONLY);
		kind.add("any");
		for (DocumentKind literal : DocumentKind.VALUES) {
			kind.add(literal.getLiteral());
		}
		kind.select(0);
		words = field(page, "Words of the text:");
		setControl(page);
	}

	private static Text field(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	/** Fills the fields (tests, and a search run again with changed criteria). */
	public void setCriteria(DocumentCriteria criteria) {
		sender.setText(orEmpty(criteria.sender()));
		recipient.setText(orEmpty(criteria.recipient()));
		from.setText(criteria.from() == null ? "" : criteria.from().toString());
		to.setText(criteria.to() == null ? "" : criteria.to().toString());
		place.setText(orEmpty(criteria.place()));
		person.setText(orEmpty(criteria.person()));
		kind.setText(criteria.kind() == null ? "any" : criteria.kind());
		words.setText(orEmpty(criteria.words()));
	}

	/** The criteria as the fields state them, or null (and a message on the page) if a date is not one. */
	public DocumentCriteria criteria() {
		List<String> wrong = new ArrayList<>();
		LocalDate first = date(from, wrong);
		LocalDate last = date(to, wrong);
		if (!wrong.isEmpty()) {
			setErrorMessage("Not a date: " + String.join(", ", wrong) + " (write YYYY-MM-DD)");
			return null;
		}
		setErrorMessage(null);
		return new DocumentCriteria(sender.getText(), recipient.getText(), first, last, place.getText(), person.getText(),
				kind.getSelectionIndex() <= 0 ? null : kind.getText(), words.getText());
	}

	/** The query these criteria make (what Search runs). */
	public DocumentQuery query(DocumentCriteria criteria) {
		DocumentQuery query = queries.get();
		query.init(criteria);
		return query;
	}

	@Override
	public boolean performAction() {
		DocumentCriteria criteria = criteria();
		if (criteria == null) {
			return false;
		}
		NewSearchUI.runQueryInBackground(query(criteria));
		return true;
	}

	@Override
	public void setContainer(ISearchPageContainer container) {
		this.container = container;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && container != null) {
			container.setPerformActionEnabled(true);
			sender.setFocus();
		}
	}

	private static LocalDate date(Text field, List<String> wrong) {
		String text = field.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			wrong.add("‘" + text + "’");
			return null;
		}
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}

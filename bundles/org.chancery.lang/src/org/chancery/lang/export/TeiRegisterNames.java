package org.chancery.lang.export;

import java.util.Objects;

import org.chancery.lang.chancery.Entry;
import org.chancery.lang.chancery.PreferredName;
import org.chancery.lang.chancery.Title;

/** The form under which an entry is named wherever the export names it: its preferred name. */
public final class TeiRegisterNames {

	/** The preferred name, else the title (publications), else the id; a name left empty (forced export) counts as none. */
	public String preferred(Entry entry) {
		return entry.getProperties().stream().filter(PreferredName.class::isInstance).map(p -> ((PreferredName) p).getValue())
				.filter(Objects::nonNull).findFirst().orElseGet(() -> title(entry));
	}

	/** The title (publications), else the preferred name, else the id. */
	public String title(Entry entry) {
		return entry.getProperties().stream().filter(Title.class::isInstance).map(p -> ((Title) p).getValue()).filter(Objects::nonNull).findFirst()
				.orElseGet(() -> entry.getProperties().stream().filter(PreferredName.class::isInstance)
						.map(p -> ((PreferredName) p).getValue()).filter(Objects::nonNull).findFirst().orElse(entry.getName()));
	}
}

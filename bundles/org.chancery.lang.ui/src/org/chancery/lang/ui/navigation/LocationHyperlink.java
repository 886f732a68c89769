package org.chancery.lang.ui.navigation;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;

/** A link from the text under the mouse to a location in the corpus. */
public class LocationHyperlink implements IHyperlink {

	private final IRegion region;

	private final Location target;

	public LocationHyperlink(IRegion region, Location target) {
		this.region = region;
		this.target = target;
	}

	public Location getTarget() {
		return target;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Open Declaration";
	}

	@Override
	public String getHyperlinkText() {
		String uri = target.getUri();
		return "Open " + uri.substring(uri.lastIndexOf('/') + 1);
	}

	@Override
	public void open() {
		LocationOpener.open(target);
	}
}

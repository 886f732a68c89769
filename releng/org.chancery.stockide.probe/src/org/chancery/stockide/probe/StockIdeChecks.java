package org.chancery.stockide.probe;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.osgi.framework.Bundle;

/**
 * The IDE is the stock IDE it claims to be, with or without Chancery: p2's Install New Software…,
 * the Search dialog, the Compare editor and the help system are there.
 */
final class StockIdeChecks {

	private final Report report;

	StockIdeChecks(Report report) {
		this.report = report;
	}

	void run() {
		checkCommand("org.eclipse.equinox.p2.ui.sdk.install", "Help › Install New Software…");
		checkCommand("org.eclipse.search.ui.openSearchDialog", "Search › Search…");
		boolean compare = Ui.call(() -> PlatformUI.getWorkbench().getEditorRegistry().findEditor("org.eclipse.compare.CompareEditor") != null);
		report.check(compare, "the IDE has the Compare editor");
		Bundle help = Platform.getBundle("org.eclipse.help.ui");
		report.check(help != null && help.getState() >= Bundle.RESOLVED, "the IDE has the help system (org.eclipse.help.ui)");
	}

	private void checkCommand(String id, String label) {
		boolean ready = Ui.call(() -> {
			Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id);
			return command.isDefined() && command.isHandled();
		});
		report.check(ready, "the IDE has " + label + " (" + id + ", defined and handled)");
	}
}

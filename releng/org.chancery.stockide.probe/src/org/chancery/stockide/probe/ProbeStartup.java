package org.chancery.stockide.probe;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * The stock-IDE smoke test's view from inside the workbench (.ci/smoke-stock-ide). Does nothing
 * unless the IDE was started with {@code -Dchancery.stockide.probe=RESULT-FILE}; then it runs the
 * checks that {@code -Dchancery.stockide.expect} names ({@code installed}, the default, or
 * {@code uninstalled}), writes what it saw to the result file and closes the workbench.
 */
public final class ProbeStartup implements IStartup {

	static final String RESULT_PROPERTY = "chancery.stockide.probe";

	static final String EXPECT_PROPERTY = "chancery.stockide.expect";

	@Override
	public void earlyStartup() {
		String result = System.getProperty(RESULT_PROPERTY);
		if (result == null) {
			return;
		}
		Report report = new Report(Path.of(result));
		try {
			if ("uninstalled".equals(System.getProperty(EXPECT_PROPERTY))) {
				new UninstalledChecks(report).run();
			} else {
				new InstalledChecks(report, Path.of(result).resolveSibling("stock-ide.png")).run();
			}
		} catch (Exception | AssertionError e) {
			report.fail("the probe stopped: " + e);
		} finally {
			try {
				report.write();
			} finally {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
			}
		}
	}
}

package dev.dialtone.local;

import java.util.List;

/**
 * How the local run configures the worker and auditor for the bundled demo world's site.
 */
public final class DemoSettings {

	private DemoSettings() {
	}

	// Extensions are allocated from 1000-1899; 1900-1999 stay free for the extensions HR
	// assigns by hand, as sites
	// usually reserve them, so an allocated extension never takes one a later hire asks
	// for.
	public static StackOptions options() {
		return new StackOptions(List.of("--dialtone.worker.sites.NYC.zoom-site-id=site-nyc-01",
				"--dialtone.worker.sites.NYC.extension-from=1000", "--dialtone.worker.sites.NYC.extension-to=1899",
				"--dialtone.worker.sites.NYC.default-calling-plan=200"), List.of());
	}

}

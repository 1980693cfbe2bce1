package dev.dialtone.local;

import java.util.Map;

/**
 * RegisterSchemas' command line; flags win over the environment the services themselves
 * read.
 */
record RegisterOptions(String registryUrl, String userInfo, boolean dryRun) {

	static RegisterOptions parse(String[] args, Map<String, String> env) {
		String url = env.get("DIALTONE_SCHEMA_REGISTRY_URL");
		String userInfo = env.get("DIALTONE_SCHEMA_REGISTRY_USER_INFO");
		boolean dryRun = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--registry" -> url = value(args, ++i, "--registry");
				case "--user-info" -> userInfo = value(args, ++i, "--user-info");
				case "--dry-run" -> dryRun = true;
				default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
			}
		}
		if (!dryRun && (url == null || url.isBlank())) {
			throw new IllegalArgumentException("No registry: pass --registry or set DIALTONE_SCHEMA_REGISTRY_URL");
		}
		return new RegisterOptions(url, userInfo, dryRun);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

}

package dev.dialtone.local.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.platform.RepositoryLayout;

/**
 * The benchmark's command line: {@code --quick} (300 hires, a 20 s trickle),
 * {@code --hires N} (the 3-worker and kill scenarios, default 10,000),
 * {@code --other-hires N} (1 worker, 6 workers, PRO; default the same),
 * {@code --trickle-seconds S} (default 60), {@code --sizes kill3=3000,b1=1000} (per
 * scenario, over the others), {@code --only b3,kill3,trickle,b1,b6,pro3},
 * {@code --note TEXT} (printed in the report's header) and {@code --out FILE}.
 *
 * @param args the command line as given (for the report)
 * @param scenarios in the order they run
 * @param report the Markdown file written
 * @param note said in the report's header (e.g. why sizes were reduced), or null
 */
record BenchmarkSettings(String args, List<BenchScenario> scenarios, Path report, String note) {

	static BenchmarkSettings parse(String[] args) {
		List<String> list = Arrays.asList(args);
		boolean quick = list.contains("--quick");
		int hires = intArg(list, "--hires", quick ? 300 : 10_000);
		int other = intArg(list, "--other-hires", hires);
		int trickle = intArg(list, "--trickle-seconds", quick ? 20 : 60);
		String only = stringArg(list, "--only", null);
		Map<String, Integer> sizes = new HashMap<>();
		for (String size : stringArg(list, "--sizes", "").split(",")) {
			if (size.contains("=")) {
				sizes.put(size.substring(0, size.indexOf('=')),
						Integer.parseInt(size.substring(size.indexOf('=') + 1)));
			}
		}
		Path report = Path.of(stringArg(list, "--out",
				RepositoryLayout.root().resolve("provisioning-worker/BENCHMARK.md").toString()));
		// the headline figures first, so a run cut short still has them
		List<BenchScenario> all = List.of(BenchScenario.bulk("b3", "BUSINESS_PLUS", 3, sizes.getOrDefault("b3", hires)),
				BenchScenario.kill("kill3", sizes.getOrDefault("kill3", hires)),
				BenchScenario.trickle("trickle", sizes.getOrDefault("trickle", trickle)),
				BenchScenario.bulk("b1", "BUSINESS_PLUS", 1, sizes.getOrDefault("b1", other)),
				BenchScenario.bulk("b6", "BUSINESS_PLUS", 6, sizes.getOrDefault("b6", other)),
				BenchScenario.bulk("pro3", "PRO", 3, sizes.getOrDefault("pro3", other)));
		List<BenchScenario> chosen = new ArrayList<>();
		Set<String> wanted = (only != null) ? Set.of(only.split(",")) : null;
		for (BenchScenario scenario : all) {
			if (wanted == null || wanted.contains(scenario.id())) {
				chosen.add(scenario);
			}
		}
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException(
					"--only " + only + " names no scenario (b3, kill3, trickle, b1, b6, pro3)");
		}
		return new BenchmarkSettings(String.join(" ", args), chosen, report, stringArg(list, "--note", null));
	}

	private static int intArg(List<String> args, String name, int fallback) {
		return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
	}

	private static String stringArg(List<String> args, String name, String fallback) {
		int at = args.indexOf(name);
		return (at >= 0 && at + 1 < args.size()) ? args.get(at + 1) : fallback;
	}

}

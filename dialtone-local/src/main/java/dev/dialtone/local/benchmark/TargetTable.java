package dev.dialtone.local.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets next to what this run measured. */
final class TargetTable {

	private TargetTable() {
	}

	static void append(StringBuilder md, List<BenchResult> results) {
		md.append("\n## Targets (issue 13)\n\n| target | measured | met |\n|---|---|---|\n");
		Optional<BenchResult> b3 = find(results, "b3");
		Optional<BenchResult> b1 = find(results, "b1");
		Optional<BenchResult> b6 = find(results, "b6");
		b3.ifPresent((r) -> {
			row(md, "3 workers, Business+: ≥ 24 hires/s", fmt("%.1f hires/s", r.hiresPerSecond()),
					r.hiresPerSecond() >= 24);
			row(md, "≥ 97 % of Zoom calls useful", fmt("%.1f %%", 100 * r.calls().usefulShare()),
					r.calls().usefulShare() >= 0.97);
			row(md, "429 share < 0.5 %", fmt("%.2f %%", 100 * r.calls().throttledShare()),
					r.calls().throttledShare() < 0.005);
			long twice = r.holdings().numbersHeldTwice() + r.holdings().extensionsHeldTwice();
			row(md, "zero numbers or extensions held twice", Long.toString(twice), twice == 0);
		});
		if (b3.isPresent() && b1.isPresent()) {
			row(md, "3 workers at least as fast as 1",
					fmt("%.1f vs %.1f hires/s", b3.get().hiresPerSecond(), b1.get().hiresPerSecond()),
					b3.get().hiresPerSecond() >= b1.get().hiresPerSecond());
		}
		if (b3.isPresent() && b6.isPresent()) {
			row(md, "6 workers at least as fast as 3",
					fmt("%.1f vs %.1f hires/s", b6.get().hiresPerSecond(), b3.get().hiresPerSecond()),
					b6.get().hiresPerSecond() >= b3.get().hiresPerSecond());
		}
		find(results, "pro3").ifPresent((r) -> {
			BenchResult.CategoryUse binding = r.binding();
			row(md, "PRO: its rate and binding category",
					fmt("%.1f hires/s, binding %s (%.0f %% of %d/s)", r.hiresPerSecond(),
							(binding != null) ? binding.label() : "–", (binding != null) ? 100 * binding.used() : 0,
							(binding != null) ? binding.limitPerSecond() : 0),
					null);
		});
		find(results, "trickle").ifPresent((r) -> row(md, "trickle 3 hires/s: p99 HR submit → outcome ≤ 1.0 s",
				fmt("p99 %d ms (p50 %d, p95 %d)", r.latency().p99(), r.latency().p50(), r.latency().p95()),
				r.latency().p99() <= 1000));
		long rss = results.stream()
			.flatMap((r) -> r.workerRss().stream())
			.mapToLong((m) -> Math.max(m.currentMiB(), m.peakMiB()))
			.max()
			.orElse(0);
		if (rss > 0) {
			row(md, "worker RSS ≤ 512 MB (long-running JVM settings)", fmt("highest VmHWM %d MiB", rss), rss <= 512);
		}
		find(results, "kill3").ifPresent((r) -> row(md, "worker killed: its partitions processing again within 15 s",
				fmt("%.1f s; run %.1f hires/s", r.failover().secondsUntilAllPartitions(), r.hiresPerSecond()),
				r.failover().secondsUntilAllPartitions() <= 15));
	}

	private static Optional<BenchResult> find(List<BenchResult> results, String id) {
		return results.stream().filter((r) -> r.scenario().id().equals(id)).findFirst();
	}

	private static void row(StringBuilder md, String target, String measured, Boolean met) {
		md.append("| ")
			.append(target)
			.append(" | ")
			.append(measured)
			.append(" | ")
			.append((met == null) ? "reported" : (met ? "yes" : "**no**"))
			.append(" |\n");
	}

	private static String fmt(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}

package dev.dialtone.local.measure;

import java.util.Arrays;
import java.util.Collection;

/**
 * Nearest-rank percentiles of a set of latencies, in ms.
 *
 * @param count how many values
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max the largest
 */
public record Percentiles(int count, long p50, long p95, long p99, long max) {

	public static Percentiles of(Collection<Long> values) {
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		if (sorted.length == 0) {
			return new Percentiles(0, 0, 0, 0, 0);
		}
		return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
				sorted[sorted.length - 1]);
	}

	private static long rank(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	@Override
	public String toString() {
		return Arrays.toString(new long[] { this.p50, this.p95, this.p99 });
	}

}

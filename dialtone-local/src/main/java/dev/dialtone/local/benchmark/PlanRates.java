package dev.dialtone.local.benchmark;

import java.util.Locale;
import java.util.Map;

/**
 * Zoom's per-second limits per plan and category, as the simulator enforces them (Zoom's
 * rate-limit table, see {@code /work/shared/docs/zoom-api.md} and the simulator's
 * {@code PlanLimits}); used only to say how much of each budget a run used.
 */
final class PlanRates {

	private static final Map<String, int[]> PER_SECOND = Map.of(
			// light, medium, heavy, phone light, phone medium, phone heavy
			"PRO", new int[] { 30, 20, 10, 20, 10, 5 }, "BUSINESS_PLUS", new int[] { 80, 60, 40, 40, 20, 10 });

	private PlanRates() {
	}

	/** The limit per second, or 0 for an unknown plan or a per-minute category. */
	static int perSecond(String plan, String api, String category) {
		int[] limits = PER_SECOND.get(plan);
		if (limits == null) {
			return 0;
		}
		int base = api.equalsIgnoreCase("phone") ? 3 : 0;
		return switch (category.toUpperCase(Locale.ROOT)) {
			case "LIGHT" -> limits[base];
			case "MEDIUM" -> limits[base + 1];
			case "HEAVY" -> limits[base + 2];
			default -> 0;
		};
	}

}

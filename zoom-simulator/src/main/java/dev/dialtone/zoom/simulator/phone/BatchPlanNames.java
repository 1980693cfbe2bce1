package dev.dialtone.zoom.simulator.phone;

import java.util.Locale;
import java.util.Map;

/**
 * The calling-plan names {@code POST /phone/users/batch} takes ("US/CA Unlimited"), from
 * the Phone spec's list, with the plan type each stands for (zoom-api.md's code table).
 * The account's own plan names from {@code GET /phone/calling_plans} are accepted as
 * well.
 */
final class BatchPlanNames {

	private static final Map<String, Integer> TYPES = Map.ofEntries(Map.entry("us/ca metered", 100),
			Map.entry("au/nz metered", 101), Map.entry("uk/ireland metered", 102),
			Map.entry("europe zone a metered", 103), Map.entry("europe zone b metered", 104),
			Map.entry("jp metered", 107), Map.entry("us/ca unlimited", 200), Map.entry("au/nz unlimited", 201),
			Map.entry("uk/ireland unlimited", 202), Map.entry("europe zone a unlimited", 203),
			Map.entry("europe zone b unlimited", 204), Map.entry("jp unlimited", 207), Map.entry("beta", 600),
			Map.entry("global select", 1000), Map.entry("global select metered", 1001), Map.entry("pro", 3000),
			Map.entry("international calling add-on", 4000), Map.entry("power pack", 4010));

	private BatchPlanNames() {
	}

	/**
	 * @param name a plan name, optionally followed by ":subscription" (ignored: the
	 * simulator has one subscription)
	 * @return the plan type, or null when the name is not a spec name
	 */
	static Integer type(String name) {
		String bare = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
		return TYPES.get(bare.trim().toLowerCase(Locale.ROOT));
	}

}

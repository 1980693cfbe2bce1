package dev.dialtone.zoom.client.phone;

import java.util.Map;
import java.util.Optional;

/**
 * The calling-plan names {@code POST /phone/users/batch} takes, per plan type code: the
 * Phone spec lists names ("US/CA Unlimited"), the other operations take type codes (200).
 * From the spec's list, matched to zoom-api.md's code table.
 */
public final class CallingPlanNames {

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(100, "US/CA Metered"),
			Map.entry(101, "AU/NZ Metered"), Map.entry(102, "UK/Ireland Metered"),
			Map.entry(103, "Europe Zone A Metered"), Map.entry(104, "Europe Zone B Metered"),
			Map.entry(107, "JP Metered"), Map.entry(200, "US/CA Unlimited"), Map.entry(201, "AU/NZ Unlimited"),
			Map.entry(202, "UK/Ireland Unlimited"), Map.entry(203, "Europe Zone A Unlimited"),
			Map.entry(204, "Europe Zone B Unlimited"), Map.entry(207, "JP Unlimited"), Map.entry(600, "Beta"),
			Map.entry(1000, "Global Select"), Map.entry(1001, "Global Select Metered"), Map.entry(3000, "Pro"),
			Map.entry(4000, "International Calling Add-On"), Map.entry(4010, "Power Pack"));

	private CallingPlanNames() {
	}

	/**
	 * @param type calling plan type code
	 * @return the batch-add name, or empty when the spec names no package for the type
	 */
	public static Optional<String> of(int type) {
		return Optional.ofNullable(NAMES.get(type));
	}

}

package dev.dialtone.worker.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.dialtone.zoom.client.ratelimit.AccountRates;
import dev.dialtone.zoom.client.ratelimit.ApiFamily;
import dev.dialtone.zoom.client.ratelimit.RateCategory;
import dev.dialtone.zoom.simulator.ZoomSimulator;

/**
 * Zoom calls and 429s per API family and rate category, as the simulator counted them.
 *
 * @param api zoom or phone
 * @param category Light, Medium, Heavy, Resource-intensive
 * @param calls calls answered
 * @param throttled calls answered 429
 */
record Counts(String api, String category, long calls, long throttled) {

	static List<Counts> of(ZoomSimulator simulator) {
		return simulator.rateLimitCounts()
			.stream()
			.map((c) -> new Counts(c.api(), c.category(), c.calls(), c.throttled()))
			.toList();
	}

	static List<Counts> delta(List<Counts> before, List<Counts> after) {
		List<Counts> delta = new ArrayList<>();
		for (int i = 0; i < after.size(); i++) {
			Counts a = after.get(i);
			Counts b = before.get(i);
			delta.add(new Counts(a.api, a.category, a.calls - b.calls, a.throttled - b.throttled));
		}
		return delta;
	}

	/**
	 * @return the Business+ account rate of this family and category, requests per second
	 */
	double businessPlusRate() {
		ApiFamily family = this.api.equals("phone") ? ApiFamily.PHONE : ApiFamily.STANDARD;
		RateCategory category = RateCategory.valueOf(this.category.toUpperCase(Locale.ROOT).replace('-', '_'));
		return AccountRates.BUSINESS_PLUS.perSecond(family, category);
	}

	/**
	 * @return seconds this many calls need at the Business+ rate
	 */
	double secondsAtBudget() {
		return this.calls / businessPlusRate();
	}

}

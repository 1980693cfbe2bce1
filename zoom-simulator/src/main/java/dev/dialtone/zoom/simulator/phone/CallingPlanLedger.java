package dev.dialtone.zoom.simulator.phone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * The calling plans the account subscribes to and how many licences of each are in use.
 */
@Component
public class CallingPlanLedger implements Seedable {

	private volatile Map<Integer, Plan> plans = Map.of();

	@Override
	public void apply(Seed seed) {
		Map<Integer, Plan> map = new LinkedHashMap<>();
		seed.callingPlans().forEach((p) -> map.put(p.type(), new Plan(p.type(), p.name(), p.count())));
		this.plans = map;
	}

	Plan require(int type) {
		Plan plan = this.plans.get(type);
		if (plan == null) {
			throw ZoomApiException.badRequest(300, "Invalid calling plan type: " + type + ".");
		}
		return plan;
	}

	/**
	 * @param name a batch-add plan name: the spec's ("US/CA Unlimited") or the account's
	 * own ("UNLIMITED_PLAN_US_CA"), any case
	 * @return the subscribed plan, or null
	 */
	Plan findByName(String name) {
		Integer type = BatchPlanNames.type(name);
		if (type != null) {
			return this.plans.get(type);
		}
		String bare = name.contains(":") ? name.substring(0, name.indexOf(':')).trim() : name.trim();
		return this.plans.values().stream().filter((p) -> p.name().equalsIgnoreCase(bare)).findFirst().orElse(null);
	}

	Plan find(int type) {
		return this.plans.get(type);
	}

	public List<Plan> all() {
		return List.copyOf(this.plans.values());
	}

	/**
	 * One subscribed plan with its licence count; {@code take} fails when none is left.
	 */
	public static final class Plan {

		private final int type;

		private final String name;

		private final int subscribed;

		private final AtomicInteger assigned = new AtomicInteger();

		Plan(int type, String name, int subscribed) {
			this.type = type;
			this.name = name;
			this.subscribed = subscribed;
		}

		public int type() {
			return this.type;
		}

		public String name() {
			return this.name;
		}

		public int subscribed() {
			return this.subscribed;
		}

		public int assigned() {
			return this.assigned.get();
		}

		void take() {
			if (this.assigned.incrementAndGet() > this.subscribed) {
				this.assigned.decrementAndGet();
				throw ZoomApiException.badRequest(300, "No available " + this.name + " licenses.");
			}
		}

		void giveBack() {
			this.assigned.decrementAndGet();
		}

	}

}

package dev.dialtone.zoom.simulator.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.users.SimUser;

import org.springframework.stereotype.Service;

/**
 * Calling plans per user, validated against the account's subscribed plans and their
 * licence counts.
 */
@Service
class CallingPlanAssignments {

	private final CallingPlanLedger plans;

	CallingPlanAssignments(CallingPlanLedger plans) {
		this.plans = plans;
	}

	/**
	 * {@code POST .../calling_plans}; a plan the user already has is kept, not charged
	 * twice.
	 */
	void assign(SimUser user, List<Map<String, Object>> requested) {
		if (requested == null || requested.isEmpty() || requested.size() > 150) {
			throw ZoomApiException.invalidField("calling_plans", "Invalid field.");
		}
		List<CallingPlanLedger.Plan> resolved = new ArrayList<>();
		for (Map<String, Object> item : requested) {
			resolved.add(this.plans.require(type(item.get("type"))));
		}
		synchronized (user) {
			PhoneUsers.requireLive(user);
			List<CallingPlanLedger.Plan> taken = new ArrayList<>();
			try {
				for (CallingPlanLedger.Plan plan : resolved) {
					if (!user.callingPlans().contains(plan.type()) && taken.stream().noneMatch((p) -> p == plan)) {
						plan.take();
						taken.add(plan);
					}
				}
			}
			catch (RuntimeException ex) {
				taken.forEach(CallingPlanLedger.Plan::giveBack);
				throw ex;
			}
			taken.forEach((plan) -> user.callingPlans().add(plan.type()));
		}
	}

	/** {@code PUT .../calling_plans}: swap source for target. */
	void replace(SimUser user, Object sourceType, Object targetType) {
		int source = type(sourceType);
		CallingPlanLedger.Plan target = this.plans.require(type(targetType));
		synchronized (user) {
			PhoneUsers.requireLive(user);
			if (!user.callingPlans().contains(source)) {
				throw ZoomApiException.badRequest(404, "User did not subscribe to the source plan.");
			}
			if (source == target.type()) {
				return;
			}
			target.take();
			user.callingPlans().remove(source);
			CallingPlanLedger.Plan previous = this.plans.find(source);
			if (previous != null) {
				previous.giveBack();
			}
			user.callingPlans().add(target.type());
		}
	}

	/** {@code DELETE .../calling_plans/{planType}}. */
	void remove(SimUser user, String planType) {
		int type = type(planType);
		synchronized (user) {
			if (!user.callingPlans().remove(type)) {
				throw ZoomApiException.badRequest(400, "Invalid field.");
			}
			CallingPlanLedger.Plan plan = this.plans.find(type);
			if (plan != null) {
				plan.giveBack();
			}
		}
	}

	private static int type(Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return Integer.parseInt(String.valueOf(value).trim());
		}
		catch (NumberFormatException ex) {
			throw ZoomApiException.invalidField("type", "Invalid field.");
		}
	}

}

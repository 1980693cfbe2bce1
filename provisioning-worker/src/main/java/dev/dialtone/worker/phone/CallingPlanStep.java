package dev.dialtone.worker.phone;

import java.util.List;

import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.CallingPlanRef;
import dev.dialtone.zoom.client.phone.PhoneUser;

/**
 * Converges the user's calling plans to exactly the desired one: assign it when missing
 * (swapping a single other plan in one call), then remove any other plan.
 */
final class CallingPlanStep {

	private final ZoomClient zoom;

	CallingPlanStep(ZoomClient zoom) {
		this.zoom = zoom;
	}

	void converge(String userId, PhoneUser current, int plan, Steps steps) {
		List<Integer> others = current.callingPlans()
			.stream()
			.map(CallingPlanRef::type)
			.filter((type) -> type != null && type != plan)
			.toList();
		if (current.hasCallingPlan(plan)) {
			steps.skipped("assign-calling-plan", "already " + plan);
		}
		else if (others.size() == 1) {
			int source = others.get(0);
			steps.write("assign-calling-plan", "PUT /phone/users/{id}/calling_plans " + source + " -> " + plan,
					() -> this.zoom.phone().replaceCallingPlan(userId, source, plan));
			return;
		}
		else {
			steps.write("assign-calling-plan", "POST /phone/users/{id}/calling_plans " + plan,
					() -> this.zoom.phone().assignCallingPlans(userId, List.of(plan)));
		}
		for (int other : others) {
			steps.write("remove-calling-plan", "DELETE /phone/users/{id}/calling_plans/" + other, ZoomFailures::gone,
					() -> this.zoom.phone().removeCallingPlan(userId, other));
		}
	}

}

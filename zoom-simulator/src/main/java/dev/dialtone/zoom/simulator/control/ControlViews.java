package dev.dialtone.zoom.simulator.control;

import java.util.List;

import dev.dialtone.zoom.simulator.phone.NumberPool;
import dev.dialtone.zoom.simulator.phone.PhoneNumber;
import dev.dialtone.zoom.simulator.users.SimUser;

import org.springframework.stereotype.Component;

/** Builds control-API views of simulator state. */
@Component
class ControlViews {

	private final NumberPool numbers;

	ControlViews(NumberPool numbers) {
		this.numbers = numbers;
	}

	SimulatedUser user(SimUser user) {
		synchronized (user) {
			List<String> held = user.numberIds()
				.stream()
				.map(this.numbers::find)
				.filter((n) -> n != null)
				.map(PhoneNumber::number)
				.toList();
			return new SimulatedUser(user.id(), user.email(), user.status().wire(), user.creationType(),
					user.loginTypes(), user.zoomPhone(), user.siteId(), user.extensionNumber(),
					List.copyOf(user.callingPlans()), held, "/_sim/activation/" + user.activationToken(),
					user.createdAt());
		}
	}

}

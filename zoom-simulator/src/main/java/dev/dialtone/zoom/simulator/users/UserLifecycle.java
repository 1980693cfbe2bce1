package dev.dialtone.zoom.simulator.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.domains.DomainRegistry;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.users.PersonalAccounts.State;
import dev.dialtone.zoom.simulator.webhooks.WebhookPublisher;

import org.springframework.stereotype.Service;

/** Status changes and removal of users, with the webhooks Zoom sends for each. */
@Service
public class UserLifecycle {

	private final UserStore users;

	private final PersonalAccounts personal;

	private final DomainRegistry domains;

	private final WebhookPublisher webhooks;

	private final CurrentSeed seed;

	private final List<UserRemovalListener> removalListeners;

	UserLifecycle(UserStore users, PersonalAccounts personal, DomainRegistry domains, WebhookPublisher webhooks,
			CurrentSeed seed, List<UserRemovalListener> removalListeners) {
		this.users = users;
		this.personal = personal;
		this.domains = domains;
		this.webhooks = webhooks;
		this.seed = seed;
		this.removalListeners = removalListeners;
	}

	/**
	 * The person clicked the confirmation link / accepted the invitation: pending becomes
	 * active and Zoom sends {@code user.invitation_accepted} then {@code user.activated}.
	 * Returns false if the user was not pending.
	 */
	public boolean acceptInvitation(SimUser user) {
		synchronized (user) {
			if (user.deleted || user.status != UserStatus.PENDING) {
				return false;
			}
			List<Integer> loginTypes = new ArrayList<>();
			if ("ssoCreate".equals(user.creationType())) {
				loginTypes.add(UserCreation.LOGIN_SSO);
			}
			boolean hadPersonal = this.personal.state(user.email()) != null;
			if (hadPersonal || !"ssoCreate".equals(user.creationType())) {
				loginTypes.add(UserCreation.LOGIN_WORK_EMAIL);
			}
			if (hadPersonal) {
				this.personal.consolidate(user.email());
			}
			user.status = UserStatus.ACTIVE;
			user.verified = 1;
			user.loginTypes = List.copyOf(loginTypes);
		}
		this.webhooks.publish("user.invitation_accepted", UserViews.webhookObject(user), Map.of());
		this.webhooks.publish("user.activated", UserViews.webhookObject(user), operator());
		return true;
	}

	/** {@code PUT /users/{id}/status}. */
	void changeStatus(SimUser user, String action) {
		String event;
		synchronized (user) {
			if (user.deleted) {
				throw ZoomApiException.userNotFound(user.id());
			}
			if ("activate".equals(action)) {
				if (user.status == UserStatus.PENDING) {
					throw ZoomApiException.badRequest(300,
							"Pending users can't be activated through the API; the user must accept the invitation.");
				}
				event = (user.status == UserStatus.ACTIVE) ? null : "user.activated";
				user.status = UserStatus.ACTIVE;
			}
			else if ("deactivate".equals(action)) {
				if (user.status == UserStatus.PENDING) {
					throw ZoomApiException.badRequest(300, "Pending users can't be deactivated.");
				}
				event = (user.status == UserStatus.INACTIVE) ? null : "user.deactivated";
				user.status = UserStatus.INACTIVE;
			}
			else if ("clock_in".equals(action) || "clock_out".equals(action)) {
				event = null;
			}
			else {
				throw ZoomApiException.invalidField("action", "Invalid field.");
			}
		}
		if (event != null) {
			this.webhooks.publish(event, UserViews.webhookObject(user), operator());
		}
	}

	/**
	 * {@code DELETE /users/{id}}: both actions remove the user from the account and free
	 * what it held.
	 */
	void remove(SimUser user, String action) {
		String mode = (action != null) ? action : "disassociate";
		if (!"disassociate".equals(mode) && !"delete".equals(mode)) {
			throw ZoomApiException.invalidField("action", "Invalid field.");
		}
		synchronized (user) {
			if (user.deleted) {
				throw ZoomApiException.userNotFound(user.id());
			}
			if ("disassociate".equals(mode) && this.seed.get().behaviour().blockDisassociateOnManagedDomain()
					&& user.status != UserStatus.PENDING
					&& this.domains.isVerified(DomainRegistry.domainOf(user.email()))) {
				throw ZoomApiException.badRequest(1107, "Can not disassociate the user with managed domain.");
			}
			this.users.remove(user);
		}
		this.removalListeners.forEach((listener) -> listener.userRemoved(user));
		this.webhooks.publish("delete".equals(mode) ? "user.deleted" : "user.disassociated",
				UserViews.webhookObject(user), operator());
	}

	/**
	 * The person consolidates their personal account; false if they had none or the
	 * account forbids it.
	 */
	public boolean consolidate(String email) {
		if (!this.seed.get().account().allowConsolidation()) {
			return false;
		}
		return this.personal.state(email) == State.PERSONAL && this.personal.consolidate(email);
	}

	private static Map<String, Object> operator() {
		return Map.of("operator", "admin@sim.zoom.us", "operator_id", "sim-operator");
	}

}

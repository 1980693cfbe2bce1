package dev.dialtone.zoom.simulator.users;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.domains.DomainRegistry;
import dev.dialtone.zoom.simulator.ratelimit.RateLimiter;
import dev.dialtone.zoom.simulator.seed.Behaviour.ErrorChoice;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.users.CreateUserRequest.UserInfo;
import dev.dialtone.zoom.simulator.users.PersonalAccounts.State;
import dev.dialtone.zoom.simulator.webhooks.WebhookPublisher;

import org.springframework.stereotype.Service;

/**
 * {@code POST /users}: decides, as Zoom does, whether the new user is active or pending
 * (reference §2, §4) — the heart of the "pending trap" Dialtone exists to catch.
 */
@Service
class UserCreation {

	static final int LOGIN_WORK_EMAIL = 100;

	static final int LOGIN_SSO = 101;

	static final int LOGIN_API = 99;

	private static final Set<String> ACTIONS = Set.of("create", "autoCreate", "custCreate", "ssoCreate");

	private static final Set<Integer> TYPES = Set.of(1, 2, 3, 4, 99);

	private final UserStore users;

	private final DomainRegistry domains;

	private final PersonalAccounts personal;

	private final RateLimiter limiter;

	private final CurrentSeed seed;

	private final WebhookPublisher webhooks;

	UserCreation(UserStore users, DomainRegistry domains, PersonalAccounts personal, RateLimiter limiter,
			CurrentSeed seed, WebhookPublisher webhooks) {
		this.users = users;
		this.domains = domains;
		this.personal = personal;
		this.limiter = limiter;
		this.seed = seed;
		this.webhooks = webhooks;
	}

	SimUser create(CreateUserRequest request) {
		UserInfo info = validate(request);
		String action = request.action();
		Seed current = this.seed.get();
		if ("create".equals(action)
				|| ("ssoCreate".equals(action) && current.behaviour().createCapAppliesToSsoCreate())) {
			this.limiter.acquireCreate();
		}
		if ("ssoCreate".equals(action) && !current.account().preProvisioning()) {
			ErrorChoice off = current.behaviour().preProvisioningOff();
			throw new ZoomApiException(off.status(), off.code(), off.message(info.email()));
		}
		boolean verifiedDomain = this.domains.isVerified(DomainRegistry.domainOf(info.email()));
		State person = this.personal.state(info.email());
		SimUser user = this.users.create(info.email().trim(), action, (u) -> {
			u.firstName = info.firstName();
			u.lastName = info.lastName();
			u.displayName = info.displayName();
			u.type = (info.type() != null) ? info.type() : 1;
			u.zoomPhone = info.feature() != null && Boolean.TRUE.equals(info.feature().get("zoom_phone"));
			decideStatus(u, action, verifiedDomain, person);
		});
		this.webhooks.publish("user.created", UserViews.webhookObject(user),
				Map.of("operator", "admin@" + DomainRegistry.domainOf(info.email()), "operator_id", "sim-operator",
						"creation_type", action));
		return user;
	}

	private static void decideStatus(SimUser user, String action, boolean verifiedDomain, State person) {
		switch (action) {
			case "ssoCreate" -> {
				if (person == State.PERSONAL || !verifiedDomain) {
					pending(user);
				}
				else {
					active(user,
							(person == State.CONSOLIDATED) ? List.of(LOGIN_SSO, LOGIN_WORK_EMAIL) : List.of(LOGIN_SSO));
				}
			}
			case "autoCreate" -> {
				if (verifiedDomain && person != State.PERSONAL) {
					active(user, List.of(LOGIN_WORK_EMAIL));
				}
				else {
					pending(user);
				}
			}
			case "custCreate" -> active(user, List.of(LOGIN_API));
			default -> pending(user);
		}
	}

	private static void active(SimUser user, List<Integer> loginTypes) {
		user.status = UserStatus.ACTIVE;
		user.verified = 1;
		user.loginTypes = loginTypes;
	}

	private static void pending(SimUser user) {
		user.status = UserStatus.PENDING;
		user.verified = 0;
		user.loginTypes = List.of();
	}

	private static UserInfo validate(CreateUserRequest request) {
		if (request.action() == null || !ACTIONS.contains(request.action())) {
			throw ZoomApiException.invalidField("action", "Invalid field.");
		}
		UserInfo info = request.userInfo();
		if (info == null || info.email() == null || info.email().isBlank()) {
			throw ZoomApiException.invalidField("user_info.email", "Invalid field.");
		}
		String email = info.email().trim();
		if (email.length() > 128 || email.indexOf('@') <= 0 || email.indexOf('@') != email.lastIndexOf('@')) {
			throw ZoomApiException.invalidField("user_info.email", "Invalid field.");
		}
		if (info.type() != null && !TYPES.contains(info.type())) {
			throw ZoomApiException.invalidField("user_info.type", "Invalid field.");
		}
		if (Integer.valueOf(99).equals(info.type()) && !"ssoCreate".equals(request.action())) {
			throw ZoomApiException.invalidField("user_info.type", "Invalid field.");
		}
		if (tooLong(info.firstName(), 64) || tooLong(info.lastName(), 64)) {
			throw ZoomApiException.invalidField("user_info.first_name", "Invalid field.");
		}
		return info;
	}

	private static boolean tooLong(String value, int max) {
		return value != null && value.length() > max;
	}

}

package dev.dialtone.zoom.simulator.users;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.domains.DomainRegistry;
import dev.dialtone.zoom.simulator.seed.Behaviour.ErrorChoice;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;

import org.springframework.stereotype.Service;

/**
 * {@code PUT /users/{userId}/email}: Zoom changes a work email at once, without a
 * confirmation mail, only to an email on one of the account's verified managed domains
 * that no Zoom user holds. The user keeps its id, status, login types, licences and phone
 * line; an SSO user signs in from then on with the new email, which the identity provider
 * must assert.
 */
@Service
class EmailChange {

	private final UserStore users;

	private final DomainRegistry domains;

	private final PersonalAccounts personal;

	private final CurrentSeed seed;

	EmailChange(UserStore users, DomainRegistry domains, PersonalAccounts personal, CurrentSeed seed) {
		this.users = users;
		this.domains = domains;
		this.personal = personal;
		this.seed = seed;
	}

	void change(SimUser user, Object requested) {
		String email = (requested instanceof String text) ? text.trim() : null;
		if (email == null || email.isEmpty() || email.length() > 128 || email.indexOf('@') <= 0
				|| email.indexOf('@') != email.lastIndexOf('@')) {
			throw ZoomApiException.invalidField("email", "Invalid field.");
		}
		if (!this.domains.isVerified(DomainRegistry.domainOf(email))) {
			throw ZoomApiException.badRequest(1116,
					"Email address " + email + " doesn't match the account's managed domains.");
		}
		synchronized (user) {
			if (user.deleted) {
				throw ZoomApiException.userNotFound(user.id());
			}
			if (user.status == UserStatus.PENDING) {
				throw ZoomApiException.badRequest(1000, "Pending user can not change email.");
			}
			boolean samePerson = UserStore.normalize(email).equals(UserStore.normalize(user.email()));
			// "the new email address should not already exist in Zoom": a personal Zoom
			// account counts too
			if (!samePerson && (this.personal.state(email) == PersonalAccounts.State.PERSONAL
					|| !this.users.changeEmail(user, email))) {
				ErrorChoice inUse = this.seed.get().behaviour().emailInUse();
				throw new ZoomApiException(inUse.status(), inUse.code(), inUse.message(email));
			}
			if (samePerson) {
				this.users.changeEmail(user, email);
			}
		}
	}

}

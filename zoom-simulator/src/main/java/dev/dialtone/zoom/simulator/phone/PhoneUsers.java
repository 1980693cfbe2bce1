package dev.dialtone.zoom.simulator.phone;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.users.SimUser;
import dev.dialtone.zoom.simulator.users.UserStore;

import org.springframework.stereotype.Component;

/**
 * Resolves {userId} on phone paths: only an active user with the Zoom Phone feature is a
 * phone user; anyone else (pending, inactive, no feature, unknown) gets 404/1001 like
 * Zoom.
 */
@Component
class PhoneUsers {

	private final UserStore users;

	private final SiteRegistry sites;

	PhoneUsers(UserStore users, SiteRegistry sites) {
		this.users = users;
		this.sites = sites;
	}

	SimUser require(String ref) {
		return require(ref, "User does not exist: ");
	}

	/**
	 * @param notFound the start of the 404/1001 message, which the spec words differently
	 * per operation
	 */
	SimUser require(String ref, String notFound) {
		SimUser user = this.users.find(ref);
		if (user == null || !user.isPhoneUser()) {
			throw new ZoomApiException(404, 1001, notFound + ref + ".");
		}
		synchronized (user) {
			if (user.siteId() == null) {
				// Zoom puts a new phone user in the account's main site.
				user.setSiteId(this.sites.defaultSiteId());
			}
		}
		return user;
	}

	/**
	 * Re-checked under the user's lock: a user deleted meanwhile must not take numbers,
	 * extensions or plans.
	 */
	static void requireLive(SimUser user) {
		if (user.deleted()) {
			throw ZoomApiException.userNotFound(user.id());
		}
	}

}

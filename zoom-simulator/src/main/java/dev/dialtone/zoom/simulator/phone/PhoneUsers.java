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
		SimUser user = this.users.find(ref);
		if (user == null || !user.isPhoneUser()) {
			throw ZoomApiException.userNotFound(ref);
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

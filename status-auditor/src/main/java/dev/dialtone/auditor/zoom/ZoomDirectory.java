package dev.dialtone.auditor.zoom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.zoom.client.ZoomClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The few Zoom reads and writes the auditor needs, so classification and re-checks stay
 * testable without HTTP.
 */
public interface ZoomDirectory {

	/** The user by id or email, or empty when Zoom answers 404/1001. */
	Optional<ZoomUser> user(String userIdOrEmail);

	/**
	 * Managed domains of our account: lower-cased domain to status as Zoom reports it.
	 */
	Map<String, String> managedDomains();

	/** Disassociates (deletes) a pending user; a user already gone counts as done. */
	void disassociate(String userId);

	/** A Zoom user as read back. */
	record ZoomUser(String id, String email, String status, List<Integer> loginTypes) {

		public boolean active() {
			return "active".equalsIgnoreCase(this.status);
		}

		public boolean pending() {
			return "pending".equalsIgnoreCase(this.status);
		}

	}

	/** The port over the shared typed client. */
	static ZoomDirectory of(ZoomClient client) {
		return of(client, new MissingScopes(new SimpleMeterRegistry(), Clock.systemUTC()));
	}

	/**
	 * The port over the shared typed client, reporting refused scopes to {@code scopes}.
	 */
	static ZoomDirectory of(ZoomClient client, MissingScopes scopes) {
		return new ZoomClientDirectory(client, scopes);
	}

	/** Human wording of a domain's state in managed_domains. */
	static String describeDomain(Map<String, String> domains, String domain) {
		String status = domains.get(domain.toLowerCase());
		if (status == null) {
			return "managed_domains does not list " + domain;
		}
		return "verified".equalsIgnoreCase(status) ? "managed_domains reports " + domain + " verified"
				: "managed_domains reports " + domain + " unverified (status " + status + ")";
	}

}

package dev.dialtone.auditor.classify;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.auditor.zoom.ZoomDirectory.ZoomUser;

/**
 * One fresh read of Zoom around a person: managed_domains and the user.
 *
 * @param at when it was read
 * @param domains managed_domains (domain to status), or null when Zoom could not be read
 * @param user the user, empty when Zoom does not know it (null when not read)
 * @param error why Zoom could not be read, or null
 */
public record ZoomReading(Instant at, Map<String, String> domains, Optional<ZoomUser> user, String error) {

	/**
	 * Reads managed_domains and the user now; a failure is recorded, not thrown.
	 */
	public static ZoomReading read(ZoomDirectory zoom, String userKey, Instant now) {
		try {
			Map<String, String> domains = zoom.managedDomains();
			Optional<ZoomUser> user = (userKey != null) ? zoom.user(userKey) : Optional.empty();
			return new ZoomReading(now, domains, user, null);
		}
		catch (RuntimeException ex) {
			return new ZoomReading(now, null, null, String.valueOf(ex.getMessage()));
		}
	}

	public boolean readable() {
		return this.domains != null;
	}

}

package dev.dialtone.zoom.client.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token and when to stop using it.
 *
 * @param value the token (never logged)
 * @param renewAt when to fetch a new one: 60 s before expiry, or halfway for tokens
 * shorter-lived than two minutes
 */
record AccessToken(String value, Instant renewAt) {

	static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

	static AccessToken issued(String value, long expiresInSeconds, Instant now) {
		Duration lifetime = Duration.ofSeconds(Math.max(0, expiresInSeconds));
		Duration margin = (lifetime.compareTo(RENEWAL_MARGIN.multipliedBy(2)) < 0) ? lifetime.dividedBy(2)
				: RENEWAL_MARGIN;
		return new AccessToken(value, now.plus(lifetime).minus(margin));
	}

	boolean isFresh(Instant now) {
		return now.isBefore(this.renewAt);
	}

	@Override
	public String toString() {
		return "AccessToken[renewAt=" + this.renewAt + "]";
	}

}

package dev.dialtone.worker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.accounts.ManagedDomains;

/**
 * The account's managed domains, re-read at most once per TTL: every hire's pre-flight
 * needs them, and a wave of hires would otherwise spend a call each on an answer that
 * changes only when an admin verifies a domain.
 */
final class ManagedDomainsCache {

	private final ZoomClient zoom;

	private final Clock clock;

	private final Duration ttl;

	private volatile Snapshot snapshot;

	ManagedDomainsCache(ZoomClient zoom, Clock clock, Duration ttl) {
		this.zoom = zoom;
		this.clock = clock;
		this.ttl = ttl;
	}

	ManagedDomains get(Steps steps) {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current != null && now.isBefore(current.readAt().plus(this.ttl))) {
			steps.skipped("preflight-domain", "managed domains read " + current.readAt());
			return current.domains();
		}
		ManagedDomains domains = steps.read("preflight-domain", "GET /accounts/me/managed_domains",
				() -> this.zoom.accounts().managedDomains());
		this.snapshot = new Snapshot(domains, now);
		return domains;
	}

	/**
	 * Reads the managed domains now, whatever the cache holds (and refreshes it): the
	 * evidence of a pending outcome must be fresh, since the auditor routes it by the
	 * domain's status.
	 */
	ManagedDomains fresh(Steps steps) {
		Instant now = this.clock.instant();
		ManagedDomains domains = steps.read("evidence-domain", "GET /accounts/me/managed_domains (uncached)",
				() -> this.zoom.accounts().managedDomains());
		this.snapshot = new Snapshot(domains, now);
		return domains;
	}

	private record Snapshot(ManagedDomains domains, Instant readAt) {
	}

}

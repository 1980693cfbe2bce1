package dev.dialtone.auditor.classify;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the auditor last knew of each email domain in managed_domains, and when that
 * status last changed, from every read it made (classification, guards, domain holds,
 * incidents) and every piece of worker evidence. Evidence observed before the last change
 * is stale whatever its age.
 */
public class DomainStatuses {

	/**
	 * A domain's last known status ({@code null}: not listed), when it was seen, and when
	 * it last changed ({@code null}: no change seen yet).
	 */
	public record Known(String status, Instant seenAt, Instant changedAt) {

		public boolean verified() {
			return "verified".equalsIgnoreCase(this.status);
		}

		/** True when this status changed after {@code observedAt}. */
		public boolean changedSince(Instant observedAt) {
			return this.changedAt != null && observedAt.isBefore(this.changedAt);
		}

	}

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	public Optional<Known> of(String domain) {
		return Optional.ofNullable(this.known.get(domain.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Records one sighting; an older sighting than the one held is ignored.
	 * @param status the status, or null when managed_domains did not list the domain
	 */
	public void saw(String domain, String status, Instant at) {
		String normal = (status != null) ? status.toLowerCase(Locale.ROOT) : null;
		this.known.compute(domain.toLowerCase(Locale.ROOT), (d, held) -> {
			if (held == null) {
				return new Known(normal, at, null);
			}
			if (at.isBefore(held.seenAt())) {
				return held;
			}
			boolean same = (normal == null) ? held.status() == null : normal.equals(held.status());
			return same ? new Known(normal, at, held.changedAt()) : new Known(normal, at, at);
		});
	}

	/**
	 * Records a whole managed_domains read: every listed domain, and every known domain
	 * it no longer lists.
	 */
	public void sawAll(Map<String, String> domains, Instant at) {
		domains.forEach((domain, status) -> saw(domain, status, at));
		this.known.keySet()
			.stream()
			.filter((domain) -> !domains.containsKey(domain))
			.toList()
			.forEach((domain) -> saw(domain, null, at));
	}

}

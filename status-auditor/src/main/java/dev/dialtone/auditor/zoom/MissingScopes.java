package dev.dialtone.auditor.zoom;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomEndpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scopes the auditor's own Zoom calls (re-checks, remediation) were refused for. A
 * missing scope is not the person's problem but the app's, so it is not buried in one
 * anomaly: each refused operation is logged, counted
 * ({@code dialtone_auditor_zoom_missing_scope_total{endpoint,scope}}) and listed on the
 * page and at {@code GET /api/v1/zoom/missing-scopes} until a call to that operation
 * succeeds again.
 */
public class MissingScopes {

	private static final Logger log = LoggerFactory.getLogger(MissingScopes.class);

	private final Map<ZoomEndpoint, Refusal> refusals = new ConcurrentHashMap<>();

	private final MeterRegistry registry;

	private final Clock clock;

	public MissingScopes(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	void refused(ZoomApiException failure) {
		ZoomEndpoint endpoint = failure.endpoint();
		if (endpoint == null) {
			return;
		}
		String scope = scopeToAdd(failure.missingScopes());
		Instant now = this.clock.instant();
		Refusal refusal = this.refusals.merge(endpoint,
				new Refusal(endpoint.method() + " " + endpoint.pathTemplate(), scope, failure.missingScopes(), now, now,
						1),
				(old, fresh) -> new Refusal(old.call(), fresh.scope(), fresh.acceptedScopes(), old.firstSeen(), now,
						old.count() + 1));
		Counter.builder("dialtone.auditor.zoom.missing.scope")
			.description("The auditor's own Zoom calls refused for a scope the Server-to-Server app lacks")
			.tag("endpoint", endpoint.pathTemplate())
			.tag("scope", scope)
			.register(this.registry)
			.increment();
		log.error("The Zoom Server-to-Server app lacks the scope {} the auditor needs for {} ({} time(s)): "
				+ "add it to the app in the Zoom App Marketplace; re-checks and remediation that need it fail until then",
				scope, refusal.call(), refusal.count());
	}

	void succeeded(ZoomEndpoint endpoint) {
		if (!this.refusals.isEmpty() && this.refusals.remove(endpoint) != null) {
			log.info("Zoom accepts {} {} again: the missing scope was added", endpoint.method(),
					endpoint.pathTemplate());
		}
	}

	/**
	 * @return the operations currently refused, the longest-standing first
	 */
	public List<Refusal> current() {
		return this.refusals.values().stream().sorted(Comparator.comparing(Refusal::firstSeen)).toList();
	}

	private static String scopeToAdd(List<String> named) {
		return named.stream()
			.filter((name) -> name.endsWith(":admin"))
			.findFirst()
			.orElse(named.isEmpty() ? "unnamed" : named.get(0));
	}

	/**
	 * One refused operation.
	 *
	 * @param call the Zoom operation, e.g. {@code GET /users/{userId}}
	 * @param scope the scope to add (the account-level one Zoom named)
	 * @param acceptedScopes every scope Zoom named; any one admits the call
	 * @param firstSeen first refusal
	 * @param lastSeen latest refusal
	 * @param count refusals so far
	 */
	public record Refusal(String call, String scope, List<String> acceptedScopes, Instant firstSeen, Instant lastSeen,
			int count) {

		/** What the page and the API say to the admin. */
		public String advice() {
			return "The Zoom Server-to-Server app lacks the scope " + this.scope + ", which the auditor needs for "
					+ this.call
					+ ((this.acceptedScopes.size() > 1)
							? " (Zoom accepts any of " + String.join(", ", this.acceptedScopes) + ")" : "")
					+ ". Add it to the app in the Zoom App Marketplace (Manage > the Server-to-Server app > Scopes);"
					+ " re-checks and remediation that need it fail until then.";
		}

	}

}

package dev.dialtone.auditor.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.classify.ZoomUserClassifier.ZoomUserRead;
import dev.dialtone.auditor.creation.ZoomUserCreations;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.state.StateTail;
import dev.dialtone.auditor.sweep.SweepPlan.Changes;
import dev.dialtone.auditor.sweep.SweepPlan.Known;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.users.UserPage;
import dev.dialtone.zoom.client.users.UserQuery;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps the whole Zoom account for pending users, whoever made them: managed_domains and
 * every page of {@code GET /users?status=pending} through the auditor's own Zoom client
 * (so within the auditor's share of the rate budget), then {@link SweepPlan} against what
 * the auditor knows (the people's outcomes, and how Zoom users were made: the recorded
 * {@code user.created} webhooks, read up to now first, so one another instance received a
 * moment ago counts), and publishes the changes of the people this instance owns. One
 * sweep at a time; a read that fails part-way changes nothing.
 */
public class AccountSweep {

	private static final Logger log = LoggerFactory.getLogger(AccountSweep.class);

	/** How long a sweep waits for the creations another instance recorded just now. */
	private static final Duration CATCH_UP = Duration.ofSeconds(3);

	private final ZoomClient zoom;

	private final AnomalyLedger ledger;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final Ownership ownership;

	private final DomainStatuses domainStatuses;

	private final ZoomUserCreations creations;

	private final StateTail tail;

	private final String creationsTopic;

	private final Clock clock;

	private final AtomicReference<SweepResult> last = new AtomicReference<>();

	AccountSweep(ZoomClient zoom, AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Ownership ownership,
			DomainStatuses domainStatuses, Creations creations, Clock clock) {
		this.zoom = zoom;
		this.ledger = ledger;
		this.router = router;
		this.outbox = outbox;
		this.ownership = ownership;
		this.domainStatuses = domainStatuses;
		this.creations = creations.known();
		this.tail = creations.tail();
		this.creationsTopic = creations.topic();
		this.clock = clock;
	}

	/**
	 * How Zoom users were made: the in-memory view, the tail that fills it and its topic.
	 *
	 * @param known the recorded {@code user.created} webhooks
	 * @param tail the state topics' tail
	 * @param topic the creations topic
	 */
	record Creations(ZoomUserCreations known, StateTail tail, String topic) {
	}

	/**
	 * What one sweep did.
	 *
	 * @param startedAt when it began
	 * @param took how long it took
	 * @param pending pending users found in Zoom
	 * @param opened anomalies raised
	 * @param resolved swept anomalies resolved
	 * @param zoomRequests Zoom API requests made
	 * @param trigger who asked (schedule or the signed-in operator)
	 */
	public record SweepResult(Instant startedAt, Duration took, int pending, int opened, int resolved, int zoomRequests,
			String trigger) {
	}

	public synchronized SweepResult run(String trigger) {
		Instant started = this.clock.instant();
		Map<String, String> domains = managedDomains();
		this.domainStatuses.sawAll(domains, started);
		int[] requests = { 1 };
		List<ZoomUserRead> pending = pendingUsers(requests);
		Instant readAt = this.clock.instant();
		Map<String, Known> known = knownByEmail();
		if (!this.tail.catchUp(this.creationsTopic, CATCH_UP)) {
			log.warn("Account sweep: {} not read up to now within {}; users made a moment ago may be classified"
					+ " without their create action", this.creationsTopic, CATCH_UP);
		}
		Changes changes = SweepPlan.plan(pending, domains, readAt, (email) -> Optional.ofNullable(known.get(email)),
				this.creations::of, this.ledger.open());
		int opened = publish(changes.opened(), null);
		int resolved = publish(changes.resolved(), changes.resolved());
		SweepResult result = new SweepResult(started, Duration.between(started, this.clock.instant()), pending.size(),
				opened, resolved, requests[0], trigger);
		this.last.set(result);
		log.info("Account sweep ({}): {} pending users, {} anomalies raised, {} resolved, {} Zoom requests in {} ms",
				trigger, result.pending(), opened, resolved, result.zoomRequests(), result.took().toMillis());
		return result;
	}

	public Optional<SweepResult> last() {
		return Optional.ofNullable(this.last.get());
	}

	private Map<String, String> managedDomains() {
		Map<String, String> domains = new LinkedHashMap<>();
		for (ManagedDomain domain : this.zoom.accounts().managedDomains().body().domains()) {
			if (domain.domain() != null) {
				domains.put(domain.domain().toLowerCase(Locale.ROOT), String.valueOf(domain.status()));
			}
		}
		return domains;
	}

	private List<ZoomUserRead> pendingUsers(int[] requests) {
		List<ZoomUserRead> users = new ArrayList<>();
		UserQuery query = UserQuery.byStatus(UserStatus.PENDING);
		UserPage page;
		do {
			page = this.zoom.users().list(query).body();
			requests[0]++;
			for (ZoomUser user : page.users()) {
				users.add(new ZoomUserRead(user.id(), user.email(), "pending", user.loginTypes(), user.createdAt()));
			}
			query = query.page(page.nextPageToken());
		}
		while (page.hasNext());
		return users;
	}

	/** Employees Dialtone knows from their outcomes, by lower-cased work email. */
	private Map<String, Known> knownByEmail() {
		Map<String, Known> known = new HashMap<>();
		for (ProvisioningOutcome outcome : this.ledger.latestOutcomes()) {
			String createAction = (outcome.getEvidence() != null) ? outcome.getEvidence().getCreateAction() : null;
			known.put(outcome.getWorkEmail().toLowerCase(Locale.ROOT),
					new Known(outcome.getEmployeeId(), createAction));
		}
		return known;
	}

	/**
	 * Publishes the states of people this instance owns, each under the person's lock and
	 * only if the ledger still holds what the plan saw.
	 * @param replacing the open states being replaced, or null for new anomalies
	 */
	private int publish(List<PendingAnomaly> states, List<PendingAnomaly> replacing) {
		int published = 0;
		for (PendingAnomaly next : states) {
			String key = next.getEmployeeId();
			if (!this.ownership.owns(key)) {
				continue;
			}
			synchronized (this.ledger.lockFor(key)) {
				Optional<PendingAnomaly> current = this.ledger.openAnomaly(key);
				boolean unchanged = (replacing == null) ? current.isEmpty()
						: current.map((open) -> open.getAnomalyId().equals(next.getAnomalyId())).orElse(false);
				if (unchanged) {
					this.outbox.atomically(() -> this.router.publish(current.orElse(null), next));
					published++;
				}
			}
		}
		return published;
	}

}

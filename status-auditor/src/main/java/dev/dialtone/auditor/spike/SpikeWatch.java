package dev.dialtone.auditor.spike;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties.Spike;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeDetector.Burst;
import dev.dialtone.auditor.spike.SpikeDetector.Observation;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.UndoLog;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds observations to the {@link SpikeDetector} and publishes one
 * {@link PendingIncident} per burst, its likely cause agreeing with what managed_domains
 * says. An incident stays open while its cause holds — hires of the spike still pending,
 * its domain still unverified (re-read) — and closes with what resolved it and how long
 * it took, never because its window aged out.
 * <p>
 * Several instances: each holds the windows of the keys ({@link SpikeOwnership}) it owns
 * on the observations topic, raises a domain's incident only from the domain's own
 * window, and closes only the incidents of scopes it owns. An account-wide burst (seen by
 * the owner of {@link SpikeDetector#ALL}) waits {@code settle} and is dropped if another
 * instance opened an incident meanwhile, so one spike is one incident. Before raising,
 * the incidents topic is read up to now ({@code incidentsCaughtUp}).
 */
public class SpikeWatch {

	private static final Logger log = LoggerFactory.getLogger(SpikeWatch.class);

	private final SpikeDetector detector;

	private final Outbox outbox;

	private final String incidentsTopic;

	private final AuditorMetrics metrics;

	private final Clock clock;

	/** Scope prefix of an incident raised by the destructive-action cap. */
	public static final String AUTOMATION_SCOPE = "automation:";

	private final OpenIncidents open = new OpenIncidents();

	private final IncidentResolution resolutions;

	private final SpikeOwnership ownership;

	private final Runnable incidentsCaughtUp;

	private final Duration settle;

	/** An account-wide burst waiting {@code settle}, or null. */
	private Burst proposed;

	private Instant proposedAt;

	SpikeWatch(ZoomDirectory zoom, Outbox outbox, Spike rules, String incidentsTopic, AuditorMetrics metrics,
			Clock clock, AnomalyLedger ledger, DomainStatuses domains) {
		this(zoom, outbox, rules, incidentsTopic, metrics, clock, ledger, domains, SpikeOwnership.everything(), () -> {
		});
	}

	SpikeWatch(ZoomDirectory zoom, Outbox outbox, Spike rules, String incidentsTopic, AuditorMetrics metrics,
			Clock clock, AnomalyLedger ledger, DomainStatuses domains, SpikeOwnership ownership,
			Runnable incidentsCaughtUp) {
		this.detector = new SpikeDetector(rules);
		this.resolutions = new IncidentResolution(ledger, zoom, domains, clock, rules.window());
		this.settle = rules.accountSettle();
		this.outbox = outbox;
		this.incidentsTopic = incidentsTopic;
		this.metrics = metrics;
		this.clock = clock;
		this.ownership = ownership;
		this.incidentsCaughtUp = incidentsCaughtUp;
	}

	/**
	 * One observation read from the observations topic under {@code key} (a domain, or
	 * {@link SpikeDetector#ALL}). A replayed one ({@code live} false: an earlier owner of
	 * the partition already judged it) only refills the windows.
	 */
	public void observe(String key, Observation observation, boolean live) {
		Burst burst;
		synchronized (this) {
			burst = (SpikeDetector.ALL.equals(key) ? this.detector.observeAccount(observation)
					: this.detector.observeDomain(observation))
				.orElse(null);
			if (burst == null) {
				return;
			}
			if (!live) {
				// judged before: its incident, if still open, was restored
				reopenable(burst.scope());
				return;
			}
			if (burst.jump() != null) {
				if (this.proposed == null) {
					this.proposed = burst;
					this.proposedAt = this.clock.instant();
				}
				return;
			}
		}
		this.incidentsCaughtUp.run();
		synchronized (this) {
			if (!this.open.contains(burst.scope())) {
				raise(burst, this.clock.instant());
			}
		}
	}

	/**
	 * Closes the incidents this instance owns whose cause no longer holds, each with what
	 * resolved it and its time to resolve; then raises a settled account-wide burst.
	 */
	public void tick() {
		synchronized (this) {
			Instant now = this.clock.instant();
			for (PendingIncident incident : this.open.all()) {
				if (this.ownership.owns(incident.getScope())) {
					this.resolutions.of(incident).ifPresent((how) -> close(incident, how, now));
				}
			}
			if (this.proposed == null || this.proposedAt.plus(this.settle).isAfter(now)) {
				return;
			}
		}
		this.incidentsCaughtUp.run();
		synchronized (this) {
			Burst burst = this.proposed;
			this.proposed = null;
			if (burst == null) {
				return;
			}
			if (!this.open.isEmpty() || !this.ownership.owns(SpikeDetector.ALL)) {
				// another instance's incident covers it (one spike, one incident)
				reopenable(burst.scope());
				return;
			}
			raise(burst, this.clock.instant());
		}
	}

	/**
	 * Partitions of the observations topic this instance lost: their windows are the new
	 * owner's (it replays them).
	 */
	public synchronized void forget(Collection<Integer> partitions) {
		this.detector.forgetDomains((domain) -> partitions.contains(this.ownership.partitionOf(domain)));
		if (partitions.contains(this.ownership.partitionOf(SpikeDetector.ALL))) {
			this.detector.forgetAccount();
			if (this.proposed != null) {
				reopenable(this.proposed.scope());
				this.proposed = null;
			}
		}
	}

	/** The detector marked a scope no incident holds open: free it again. */
	private void reopenable(String scope) {
		if (!this.open.contains(scope)) {
			this.detector.close(scope);
		}
	}

	/**
	 * Raises one incident for automation the destructive-action cap stopped, unless one
	 * is open for that cause.
	 * @return true when an incident was raised
	 */
	public synchronized boolean automationStopped(PendingCause cause, String summary, int heldBack, int cap) {
		String scope = AUTOMATION_SCOPE + cause.name();
		if (this.open.contains(scope)) {
			return false;
		}
		Instant now = this.clock.instant();
		publishOpened(incident(scope, cause, summary, heldBack, cap, now));
		return true;
	}

	private void close(PendingIncident incident, String how, Instant now) {
		Duration took = Duration.between(incident.getOpenedAt(), now);
		PendingIncident closed = PendingIncident.newBuilder(incident)
			.setClosedAt(now)
			.setResolution(how)
			.setTimeToResolveMillis(took.toMillis())
			.setSummary(incident.getSummary() + " | resolved: " + how + "; time to resolve " + took.toSeconds() + " s")
			.build();
		this.outbox.atomically(() -> this.outbox.send(topic(), closed.getIncidentId(), closed));
		this.open.closed(closed);
		this.detector.close(incident.getScope());
		this.metrics.incidentsOpen(this.open.size());
		log.info("Incident {} on {} closed after {} s: {}", closed.getIncidentId(), incident.getScope(),
				took.toSeconds(), how);
	}

	/**
	 * Applies an incident read back from the incidents topic (at start-up and while
	 * tailing it: this instance's and the others'), so no instance raises it again and
	 * none re-opens one already closed.
	 */
	public synchronized void restore(PendingIncident incident) {
		switch (this.open.restore(incident)) {
			case OPENED -> this.detector.markOpen(incident.getScope());
			case CLOSED -> this.detector.close(incident.getScope());
			case NONE -> {
			}
		}
		this.metrics.incidentsOpen(this.open.size());
	}

	public List<PendingIncident> openIncidents() {
		return this.open.all();
	}

	private void raise(Burst burst, Instant now) {
		Map<String, String> managed = SpikeDetector.ALL.equals(burst.scope()) ? null
				: this.resolutions.managedDomains();
		PendingCause cause = IncidentWording.agreeing(burst, managed);
		publishOpened(incident(burst.scope(), cause, IncidentWording.summary(burst, cause, managed), burst.pending(),
				burst.total(), now));
	}

	private PendingIncident incident(String scope, PendingCause cause, String summary, int pending, int total,
			Instant now) {
		String seed = scope + "|" + now.toEpochMilli();
		return PendingIncident.newBuilder()
			.setIncidentId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString())
			.setScope(scope)
			.setLikelyCause(cause)
			.setSummary(summary)
			.setPendingCount(pending)
			.setWindowCount(total)
			.setOpenedAt(now)
			.build();
	}

	private void publishOpened(PendingIncident incident) {
		this.outbox.atomically(() -> {
			this.outbox.send(topic(), incident.getIncidentId(), incident);
			// raised inside the listener's transaction: if it does not commit, the batch
			// is
			// read again and must be able to raise it again
			UndoLog.remember(this, () -> {
				this.open.withdrawn(incident);
				this.detector.close(incident.getScope());
			});
		});
		this.open.opened(incident);
		this.metrics.incidentOpened(this.open.size());
		log.warn("Incident {}: {}", incident.getIncidentId(), incident.getSummary());
	}

	private String topic() {
		return this.incidentsTopic;
	}

}

package dev.dialtone.auditor.spike;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.classify.EmailDomains;
import dev.dialtone.auditor.config.AuditorProperties.Spike;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeDetector.Burst;
import dev.dialtone.auditor.spike.SpikeDetector.Observation;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds outcomes to the {@link SpikeDetector} and publishes one {@link PendingIncident}
 * per burst, its likely cause agreeing with what managed_domains says. An incident stays
 * open while its cause holds — hires of the spike still pending, its domain still
 * unverified (re-read) — and closes with what resolved it and how long it took, never
 * because its window aged out.
 */
public class SpikeWatch {

	private static final Logger log = LoggerFactory.getLogger(SpikeWatch.class);

	/**
	 * Outcomes that are no hire at all (nothing done, a completed termination,
	 * unreadable): not in the windows.
	 */
	private static final Set<FinalState> NOT_HIRES = EnumSet.of(FinalState.SKIPPED, FinalState.DEPROVISIONED,
			FinalState.UNKNOWN);

	private final SpikeDetector detector;

	private final ZoomDirectory zoom;

	private final Outbox outbox;

	private final String incidentsTopic;

	private final AuditorMetrics metrics;

	private final Clock clock;

	/** Scope prefix of an incident raised by the destructive-action cap. */
	public static final String AUTOMATION_SCOPE = "automation:";

	private final Map<String, PendingIncident> open = new ConcurrentHashMap<>();

	private final AnomalyLedger ledger;

	private final DomainStatuses domains;

	private final Duration window;

	SpikeWatch(ZoomDirectory zoom, Outbox outbox, Spike rules, String incidentsTopic, AuditorMetrics metrics,
			Clock clock, AnomalyLedger ledger, DomainStatuses domains) {
		this.detector = new SpikeDetector(rules);
		this.ledger = ledger;
		this.domains = domains;
		this.window = rules.window();
		this.zoom = zoom;
		this.outbox = outbox;
		this.incidentsTopic = incidentsTopic;
		this.metrics = metrics;
		this.clock = clock;
	}

	public synchronized void observe(ProvisioningOutcome outcome, PendingCause cause) {
		if (NOT_HIRES.contains(outcome.getFinalState())) {
			return;
		}
		Instant now = this.clock.instant();
		this.detector.observe(new Observation(now, EmailDomains.of(outcome.getWorkEmail()), cause))
			.ifPresent((burst) -> raise(burst, now));
	}

	/**
	 * Closes the incidents whose cause no longer holds, each with what resolved it and
	 * its time to resolve.
	 */
	public synchronized void tick() {
		Instant now = this.clock.instant();
		for (PendingIncident incident : List.copyOf(this.open.values())) {
			resolution(incident).ifPresent((how) -> close(incident, how, now));
		}
	}

	/**
	 * Raises one incident for automation the destructive-action cap stopped, unless one
	 * is open for that cause.
	 * @return true when an incident was raised
	 */
	public synchronized boolean automationStopped(PendingCause cause, String summary, int heldBack, int cap) {
		String scope = AUTOMATION_SCOPE + cause.name();
		if (this.open.containsKey(scope)) {
			return false;
		}
		Instant now = this.clock.instant();
		publishOpened(incident(scope, cause, summary, heldBack, cap, now));
		return true;
	}

	/** What resolved the incident, or empty while its cause holds. */
	private Optional<String> resolution(PendingIncident incident) {
		String scope = incident.getScope();
		if (scope.startsWith(AUTOMATION_SCOPE)) {
			boolean heldBack = this.ledger.open()
				.stream()
				.anyMatch((a) -> a.getEvidence().containsKey(Anomalies.AUTOMATION_CAPPED)
						&& scope.equals(AUTOMATION_SCOPE + a.getCause().name()));
			return heldBack ? Optional.empty()
					: Optional.of("every anomaly the cap held back was handled or re-classified");
		}
		Instant since = incident.getOpenedAt().minus(this.window);
		List<PendingAnomaly> pending = this.ledger.open()
			.stream()
			.filter((a) -> a.getKind() == AnomalyKind.PENDING_AFTER_CREATE
					|| a.getKind() == AnomalyKind.PENDING_SLA_BREACHED)
			.filter((a) -> SpikeDetector.ALL.equals(scope) || scope.equals(a.getEmailDomain()))
			.filter((a) -> !a.getDetectedAt().isBefore(since))
			.toList();
		if (!pending.isEmpty()) {
			return Optional.empty();
		}
		if (incident.getLikelyCause() == PendingCause.DOMAIN_NOT_VERIFIED && !SpikeDetector.ALL.equals(scope)) {
			Map<String, String> now = readDomains();
			if (now == null || !"verified".equalsIgnoreCase(now.get(scope))) {
				return Optional.empty();
			}
			return Optional.of("managed_domains reports " + scope + " verified and none of its hires is pending");
		}
		return Optional.of("none of the spike's hires is pending any more");
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
		this.open.remove(incident.getScope());
		this.detector.close(incident.getScope());
		this.metrics.incidentsOpen(this.open.size());
		log.info("Incident {} on {} closed after {} s: {}", closed.getIncidentId(), incident.getScope(),
				took.toSeconds(), how);
	}

	/** managed_domains now, or null when Zoom cannot be read. */
	private Map<String, String> readDomains() {
		try {
			Map<String, String> now = this.zoom.managedDomains();
			this.domains.sawAll(now, this.clock.instant());
			return now;
		}
		catch (RuntimeException ex) {
			log.warn("managed_domains could not be read for the incidents: {}", ex.getMessage());
			return null;
		}
	}

	/**
	 * Restores an incident read back at start-up so a restart does not raise it again.
	 */
	public synchronized void restore(PendingIncident incident) {
		if (incident.getClosedAt() == null) {
			this.open.put(incident.getScope(), incident);
			this.detector.markOpen(incident.getScope());
		}
		else {
			PendingIncident held = this.open.get(incident.getScope());
			if (held != null && held.getIncidentId().equals(incident.getIncidentId())) {
				this.open.remove(incident.getScope());
				this.detector.close(incident.getScope());
			}
		}
		this.metrics.incidentsOpen(this.open.size());
	}

	public List<PendingIncident> openIncidents() {
		return new ArrayList<>(this.open.values());
	}

	private void raise(Burst burst, Instant now) {
		Map<String, String> managed = SpikeDetector.ALL.equals(burst.scope()) ? null : readDomains();
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
		this.outbox.atomically(() -> this.outbox.send(topic(), incident.getIncidentId(), incident));
		this.open.put(incident.getScope(), incident);
		this.metrics.incidentOpened(this.open.size());
		log.warn("Incident {}: {}", incident.getIncidentId(), incident.getSummary());
	}

	private String topic() {
		return this.incidentsTopic;
	}

}

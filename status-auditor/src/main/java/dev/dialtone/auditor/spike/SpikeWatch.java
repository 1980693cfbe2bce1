package dev.dialtone.auditor.spike;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.auditor.classify.EmailDomains;
import dev.dialtone.auditor.config.AuditorProperties.Spike;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeDetector.Burst;
import dev.dialtone.auditor.spike.SpikeDetector.Jump;
import dev.dialtone.auditor.spike.SpikeDetector.Observation;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds outcomes to the {@link SpikeDetector} and publishes one {@link PendingIncident}
 * per burst, worded with what managed_domains says, and its closing once the burst
 * subsides.
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

	private final Map<String, PendingIncident> open = new ConcurrentHashMap<>();

	SpikeWatch(ZoomDirectory zoom, Outbox outbox, Spike rules, String incidentsTopic, AuditorMetrics metrics,
			Clock clock) {
		this.detector = new SpikeDetector(rules);
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

	/** Closes incidents whose burst has subsided. */
	public synchronized void tick() {
		for (String scope : this.detector.subsided(this.clock.instant())) {
			PendingIncident incident = this.open.remove(scope);
			if (incident != null) {
				PendingIncident closed = PendingIncident.newBuilder(incident).setClosedAt(this.clock.instant()).build();
				this.outbox.atomically(() -> this.outbox.send(topic(), closed.getIncidentId(), closed));
				this.metrics.incidentsOpen(this.open.size());
				log.info("Incident {} on {} closed", closed.getIncidentId(), scope);
			}
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
			this.open.remove(incident.getScope(), incident);
		}
		this.metrics.incidentsOpen(this.open.size());
	}

	public List<PendingIncident> openIncidents() {
		return new ArrayList<>(this.open.values());
	}

	private void raise(Burst burst, Instant now) {
		String seed = burst.scope() + "|" + now.toEpochMilli();
		PendingIncident incident = PendingIncident.newBuilder()
			.setIncidentId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString())
			.setScope(burst.scope())
			.setLikelyCause(burst.likelyCause())
			.setSummary(summary(burst))
			.setPendingCount(burst.pending())
			.setWindowCount(burst.total())
			.setOpenedAt(now)
			.build();
		this.outbox.atomically(() -> this.outbox.send(topic(), incident.getIncidentId(), incident));
		this.open.put(burst.scope(), incident);
		this.metrics.incidentOpened(this.open.size());
		log.warn("Incident {}: {}", incident.getIncidentId(), incident.getSummary());
	}

	/**
	 * One sentence with the numbers that raised the burst: a domain's own window, or the
	 * account's with the part on the domain it is named after (a domain window's counts
	 * alone could read as below the threshold).
	 */
	private String summary(Burst burst) {
		String counts = burst.pending() + " of the last " + burst.total() + " hires";
		Jump jump = burst.jump();
		if (jump == null) {
			return counts + " on " + burst.scope() + " are pending; " + domainFacts(burst);
		}
		String baseline = (jump.baselineShare() == null) ? "no baseline yet"
				: "baseline " + percent(jump.baselineShare());
		if (SpikeDetector.ALL.equals(burst.scope())) {
			return counts + " are pending across the account (" + baseline + "); most likely cause "
					+ burst.likelyCause();
		}
		return counts + " are pending (" + baseline + "); " + jump.onScope() + " of them on " + burst.scope() + "; "
				+ domainFacts(burst);
	}

	/** What managed_domains says about the burst's domain, and the likely cause. */
	private String domainFacts(Burst burst) {
		String domainWords;
		try {
			domainWords = ZoomDirectory.describeDomain(this.zoom.managedDomains(), burst.scope());
		}
		catch (RuntimeException ex) {
			domainWords = "managed_domains could not be read (" + ex.getMessage() + ")";
		}
		String cause = (burst.likelyCause() == PendingCause.PREPROVISIONING_DISABLED)
				? "; ssoCreate answers 2002: pre-provisioning SSO users is off" : "";
		return domainWords + cause + " (likely cause " + burst.likelyCause() + ")";
	}

	/**
	 * "0%", "7.1%" (a new format each time: DecimalFormat is not thread-safe and
	 * incidents are rare).
	 */
	private static String percent(double share) {
		return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share * 100) + "%";
	}

	private String topic() {
		return this.incidentsTopic;
	}

}

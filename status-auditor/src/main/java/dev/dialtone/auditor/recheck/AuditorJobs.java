package dev.dialtone.auditor.recheck;

import dev.dialtone.auditor.detect.DeadlineWatch;
import dev.dialtone.auditor.detect.SlaWatch;
import dev.dialtone.auditor.remediate.DomainHold;
import dev.dialtone.auditor.spike.SpikeWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The auditor's clockwork: each job on its own schedule so one failing (Zoom down) does
 * not stall the others.
 */
@Component
class AuditorJobs {

	private static final Logger log = LoggerFactory.getLogger(AuditorJobs.class);

	/** Every job runs at the auditor's tick. */
	private static final String TICK = "${dialtone.auditor.tick:PT5S}";

	private final PendingRecheck recheck;

	private final SlaWatch sla;

	private final DeadlineWatch deadlines;

	private final DomainHold domainHold;

	private final SpikeWatch spikes;

	AuditorJobs(PendingRecheck recheck, SlaWatch sla, DeadlineWatch deadlines, DomainHold domainHold,
			SpikeWatch spikes) {
		this.recheck = recheck;
		this.sla = sla;
		this.deadlines = deadlines;
		this.domainHold = domainHold;
		this.spikes = spikes;
	}

	@Scheduled(fixedDelayString = TICK, initialDelayString = TICK)
	void recheckPending() {
		guarded("re-check", this.recheck::run);
	}

	@Scheduled(fixedDelayString = TICK, initialDelayString = TICK)
	void watchSlaAndDeadlines() {
		guarded("SLA", this.sla::run);
		guarded("deadlines", this.deadlines::run);
	}

	@Scheduled(fixedDelayString = TICK, initialDelayString = TICK)
	void releaseVerifiedDomains() {
		guarded("domain release", this.domainHold::releaseVerified);
	}

	@Scheduled(fixedDelayString = TICK, initialDelayString = TICK)
	void closeSubsidedIncidents() {
		guarded("incidents", this.spikes::tick);
	}

	private static void guarded(String job, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			log.warn("Scheduled {} failed: {}", job, ex.getMessage());
		}
	}

}

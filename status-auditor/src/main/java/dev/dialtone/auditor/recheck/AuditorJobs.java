package dev.dialtone.auditor.recheck;

import java.time.Duration;

import dev.dialtone.auditor.detect.DeadlineWatch;
import dev.dialtone.auditor.detect.SlaWatch;
import dev.dialtone.auditor.remediate.CauseRecheck;
import dev.dialtone.auditor.remediate.DomainHold;
import dev.dialtone.auditor.spike.SpikeWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The auditor's clockwork: each job on its own schedule, every one at the configured
 * tick, so one failing (Zoom down) does not stall the others.
 */
class AuditorJobs implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(AuditorJobs.class);

	private final PendingRecheck recheck;

	private final SlaWatch sla;

	private final DeadlineWatch deadlines;

	private final DomainHold domainHold;

	private final SpikeWatch spikes;

	private final CauseRecheck causes;

	private final Duration tick;

	AuditorJobs(PendingRecheck recheck, SlaWatch sla, DeadlineWatch deadlines, DomainHold domainHold, SpikeWatch spikes,
			CauseRecheck causes, Duration tick) {
		this.causes = causes;
		this.recheck = recheck;
		this.sla = sla;
		this.deadlines = deadlines;
		this.domainHold = domainHold;
		this.spikes = spikes;
		this.tick = tick;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		schedule(registrar, "re-check", this.recheck::run);
		schedule(registrar, "SLA and deadlines", () -> {
			guarded("SLA", this.sla::run);
			guarded("deadlines", this.deadlines::run);
		});
		schedule(registrar, "domain release", () -> {
			guarded("re-classification", this.causes::run);
			guarded("domain release", this.domainHold::releaseVerified);
		});
		schedule(registrar, "incidents", this.spikes::tick);
	}

	private void schedule(ScheduledTaskRegistrar registrar, String job, Runnable work) {
		registrar.addFixedDelayTask(new FixedDelayTask(() -> guarded(job, work), this.tick, this.tick));
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

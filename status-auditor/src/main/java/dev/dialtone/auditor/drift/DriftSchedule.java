package dev.dialtone.auditor.drift;

import java.time.Duration;

import dev.dialtone.auditor.state.Ownership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the drift check every {@code interval} on one instance only: the one owning the
 * outcome partition of a fixed key, so several auditors do not read the whole account
 * each.
 */
class DriftSchedule implements SchedulingConfigurer {

	static final String OWNER_KEY = "dialtone-drift-check";

	private static final Logger log = LoggerFactory.getLogger(DriftSchedule.class);

	private final DriftCheck check;

	private final Ownership ownership;

	private final Duration interval;

	private final Duration firstCheck;

	private final String actor;

	DriftSchedule(DriftCheck check, Ownership ownership, Duration interval, Duration firstCheck, String actor) {
		this.check = check;
		this.ownership = ownership;
		this.interval = interval;
		this.firstCheck = firstCheck;
		this.actor = actor;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::runIfOwner, this.interval, this.firstCheck));
	}

	void runIfOwner() {
		if (!this.ownership.owns(OWNER_KEY)) {
			return;
		}
		try {
			DriftCheck.Report report = this.check.run(this.actor);
			log.info("Drift check: {} findings, {} new, {} resolved, {} corrections sent, {} Zoom calls",
					report.found(), report.added(), report.resolved(), report.corrected(), report.zoomCalls());
		}
		catch (RuntimeException ex) {
			log.warn("Scheduled drift check failed: {}", ex.getMessage());
		}
	}

}

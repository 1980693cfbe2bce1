package dev.dialtone.auditor.spike;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.dialtone.auditor.classify.EmailDomains;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeDetector.Observation;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;

/**
 * Hands each judged hire outcome to the spike windows of whichever instance holds them:
 * one record keyed by the person's email domain and one keyed {@link SpikeDetector#ALL}
 * on the observations topic, published in the outcome's own Kafka transaction (so an
 * outcome is observed exactly once, whatever crashes or rebalances), timed by when the
 * worker completed it. Value (UTF-8):
 * {@code <observed-at epoch millis> <cause or -> <domain> <employee id>}.
 */
public class SpikeFeed {

	/**
	 * Outcomes that are no hire at all (nothing done, a completed termination,
	 * unreadable): not in the windows.
	 */
	private static final Set<FinalState> NOT_HIRES = EnumSet.of(FinalState.SKIPPED, FinalState.DEPROVISIONED,
			FinalState.UNKNOWN);

	private static final String NO_CAUSE = "-";

	private final Outbox outbox;

	private final String topic;

	private final Clock clock;

	SpikeFeed(Outbox outbox, String topic, Clock clock) {
		this.outbox = outbox;
		this.topic = topic;
		this.clock = clock;
	}

	/**
	 * @param cause the pending cause, or null for an outcome that came out right (or is
	 * one person's matter, not a spike's)
	 */
	public void observed(ProvisioningOutcome outcome, PendingCause cause) {
		if (NOT_HIRES.contains(outcome.getFinalState())) {
			return;
		}
		String domain = EmailDomains.of(outcome.getWorkEmail());
		byte[] value = encode(new Observation(observedAt(outcome), domain, cause), outcome.getEmployeeId());
		this.outbox.send(this.topic, domain, value);
		this.outbox.send(this.topic, SpikeDetector.ALL, value);
	}

	/**
	 * When the worker finished the hire, not when this instance got to it: a burst stays
	 * one burst while the auditor works through a backlog (each outcome can cost Zoom
	 * reads at the auditor's small share of the account budget). A time ahead of this
	 * instance's clock (clocks drift) counts as now.
	 */
	Instant observedAt(ProvisioningOutcome outcome) {
		Instant now = this.clock.instant();
		Instant completed = outcome.getCompletedAt();
		return (completed != null && completed.isBefore(now)) ? completed : now;
	}

	static byte[] encode(Observation observation, String employeeId) {
		String cause = (observation.cause() != null) ? observation.cause().name() : NO_CAUSE;
		return (observation.at().toEpochMilli() + " " + cause + " " + observation.domain() + " " + employeeId)
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The observation a record holds; a cause this version does not know counts as
	 * {@link PendingCause#UNKNOWN} (still pending).
	 */
	static Observation decode(byte[] value) {
		String[] parts = new String(value, StandardCharsets.UTF_8).split(" ", 4);
		if (parts.length < 3) {
			throw new IllegalArgumentException("not a spike observation: " + parts.length + " fields");
		}
		Instant at = Instant.ofEpochMilli(Long.parseLong(parts[0]));
		return new Observation(at, parts[2], NO_CAUSE.equals(parts[1]) ? null : cause(parts[1]));
	}

	private static PendingCause cause(String name) {
		try {
			return PendingCause.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return PendingCause.UNKNOWN;
		}
	}

}

package dev.dialtone.auditor.state;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;

/**
 * In-memory view of each employee's latest anomaly and latest outcome. The compacted
 * topics are the durable truth; this view is rebuilt from them at start-up
 * ({@link StateLoader}) and updated by our own writes and by the tail.
 */
public class AnomalyLedger {

	private static final int STRIPES = 64;

	private final Map<String, PendingAnomaly> anomalies = new ConcurrentHashMap<>();

	private final Map<String, ProvisioningOutcome> outcomes = new ConcurrentHashMap<>();

	private final Object[] locks = new Object[STRIPES];

	public AnomalyLedger() {
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new Object();
		}
	}

	/**
	 * One lock per employee (striped) so the listener, the scheduler and the web never
	 * interleave on a person.
	 */
	public Object lockFor(String employeeId) {
		return this.locks[Math.floorMod(employeeId.hashCode(), STRIPES)];
	}

	public Optional<PendingAnomaly> anomaly(String employeeId) {
		return Optional.ofNullable(this.anomalies.get(employeeId));
	}

	public Optional<PendingAnomaly> openAnomaly(String employeeId) {
		return anomaly(employeeId).filter(AnomalyLedger::isOpen);
	}

	public List<PendingAnomaly> open() {
		return this.anomalies.values()
			.stream()
			.filter(AnomalyLedger::isOpen)
			.sorted(Comparator.comparing(PendingAnomaly::getDetectedAt))
			.toList();
	}

	public List<PendingAnomaly> all() {
		return this.anomalies.values().stream().sorted(Comparator.comparing(PendingAnomaly::getDetectedAt)).toList();
	}

	public Optional<PendingAnomaly> openByZoomUser(String zoomUserId, String email) {
		return this.anomalies.values()
			.stream()
			.filter(AnomalyLedger::isOpen)
			.filter((a) -> (zoomUserId != null && zoomUserId.equals(a.getZoomUserId()))
					|| (email != null && email.equalsIgnoreCase(a.getWorkEmail())))
			.findFirst();
	}

	/**
	 * Records our own write at once, so the next decision on this person sees it; undone
	 * if the Kafka transaction it was published in rolls back (the topic stays the
	 * truth).
	 */
	public void put(PendingAnomaly anomaly) {
		PendingAnomaly previous = this.anomalies.put(anomaly.getEmployeeId(), anomaly);
		UndoLog.remember(this, () -> restore(this.anomalies, anomaly.getEmployeeId(), previous));
	}

	/**
	 * Applies a record read back from the topic unless we already hold a newer state of
	 * that person.
	 */
	public void apply(PendingAnomaly anomaly) {
		this.anomalies.merge(anomaly.getEmployeeId(), anomaly,
				(mine, theirs) -> theirs.getUpdatedAt().isBefore(mine.getUpdatedAt()) ? mine : theirs);
	}

	public Optional<ProvisioningOutcome> latestOutcome(String employeeId) {
		return Optional.ofNullable(this.outcomes.get(employeeId));
	}

	/**
	 * Every employee's latest outcome (a snapshot): whom Dialtone knows, by email too.
	 */
	public List<ProvisioningOutcome> latestOutcomes() {
		return List.copyOf(this.outcomes.values());
	}

	public void putOutcome(ProvisioningOutcome outcome) {
		ProvisioningOutcome previous = this.outcomes.get(outcome.getEmployeeId());
		this.outcomes.merge(outcome.getEmployeeId(), outcome,
				(mine, theirs) -> theirs.getCompletedAt().isBefore(mine.getCompletedAt()) ? mine : theirs);
		UndoLog.remember(this, () -> restore(this.outcomes, outcome.getEmployeeId(), previous));
	}

	private static <T> void restore(Map<String, T> map, String key, T previous) {
		if (previous == null) {
			map.remove(key);
		}
		else {
			map.put(key, previous);
		}
	}

	public static boolean isOpen(PendingAnomaly anomaly) {
		return anomaly.getStatus() == AnomalyStatus.OPEN || anomaly.getStatus() == AnomalyStatus.REMEDIATING;
	}

}

package dev.dialtone.auditor.drift;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.contracts.DriftFinding;
import dev.dialtone.contracts.DriftKind;
import dev.dialtone.contracts.DriftStatus;

/**
 * Every drift finding's latest state, rebuilt from the compacted drift topic at start-up
 * and tailed (so every instance sees the others' checks), and updated by a check once its
 * transaction committed.
 */
public class DriftLedger {

	private final Map<String, DriftFinding> findings = new ConcurrentHashMap<>();

	/**
	 * Keeps the later of two states of a finding: a check's own write and the same record
	 * read back from the topic may arrive in either order.
	 */
	void apply(DriftFinding finding) {
		this.findings.merge(finding.getDriftId(), finding, (held, read) -> later(read, held) ? read : held);
	}

	private static boolean later(DriftFinding read, DriftFinding held) {
		int found = read.getLastFoundAt().compareTo(held.getLastFoundAt());
		return found > 0 || (found == 0 && read.getStatus().ordinal() >= held.getStatus().ordinal());
	}

	Optional<DriftFinding> finding(String driftId) {
		return Optional.ofNullable(this.findings.get(driftId));
	}

	/** Open and correcting findings, newest first. */
	public List<DriftFinding> open() {
		return this.findings.values()
			.stream()
			.filter(DriftLedger::isOpen)
			.sorted(Comparator.comparing(DriftFinding::getFirstFoundAt).reversed())
			.toList();
	}

	/** Every finding, resolved ones too, newest first. */
	public List<DriftFinding> all() {
		return this.findings.values()
			.stream()
			.sorted(Comparator.comparing(DriftFinding::getFirstFoundAt).reversed())
			.toList();
	}

	int openOf(DriftKind kind) {
		return (int) open().stream().filter((f) -> f.getKind() == kind).count();
	}

	int leaverNumbers() {
		return open().stream()
			.filter((f) -> f.getKind() == DriftKind.LEAVER_STILL_PROVISIONED)
			.mapToInt(DriftFinding::getNumbersHeld)
			.sum();
	}

	int leaverCallingPlans() {
		return open().stream()
			.filter((f) -> f.getKind() == DriftKind.LEAVER_STILL_PROVISIONED)
			.mapToInt(DriftFinding::getCallingPlansHeld)
			.sum();
	}

	static boolean isOpen(DriftFinding finding) {
		return finding.getStatus() != DriftStatus.RESOLVED;
	}

}
